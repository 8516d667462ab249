import { defineConfig } from "vitest/config";

// Three projects: unit tests run alone in seconds (npm run test:unit); build tests (*.build.test.ts)
// each build a site of their own from files they write; site tests (*.site.test.ts) read and drive
// the shared builds of tests/setup/build-site.ts in Chromium. Unit tests share their workers'
// modules (isolate: false): they test pure functions and temporary folders, and a fresh process
// importing the pipeline and its libraries (jieba, OpenCC, pinyin, the divisions) for every file
// took two thirds of their time.
// A run keeps its temporary folders in one of its own, removed when it ends.
const temp = "tests/setup/temp.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.{site,build}.test.ts"],
          isolate: false,
          globalSetup: [temp],
        },
      },
      { extends: true, test: { name: "build", include: ["tests/**/*.build.test.ts"], globalSetup: [temp] } },
      { extends: true, test: { name: "site", include: ["tests/**/*.site.test.ts"], globalSetup: [temp, "tests/setup/build-site.ts"] } },
    ],
  },
});
