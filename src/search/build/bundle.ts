import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { simplifiedCharMap } from "./records.js";

/** Bundles the search page's script, with OpenCC's Traditional → Simplified characters built in. */
export async function bundleSearchClient(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL("../browser/client.ts", import.meta.url))],
    outfile,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    define: { T2S_PAIRS: JSON.stringify(simplifiedCharMap()) },
    logLevel: "warning",
  });
}
