import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * The system's Chromium, headless, offline: never a downloaded browser. Debian's /usr/bin/chromium
 * unless CHROMIUM_PATH names another (the GitHub runner's Chrome). Screenshots go to test-results/.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync("test-results", { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
