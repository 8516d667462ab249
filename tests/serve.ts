import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

/** The content types GitHub Pages sends by extension (it sends no other and takes no override). */
export const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".xhtml": "application/xhtml+xml",
  ".svg": "image/svg+xml",
  ".css": "text/css",
  ".js": "application/javascript",
  ".mjs": "application/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".xsl": "application/xslt+xml",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".wasm": "application/wasm",
  ".bin": "application/octet-stream",
};

/**
 * Serves a built site on 127.0.0.1 as GitHub Pages would: under its path prefix, folders answer
 * with their index.html, anything missing with the site's 404.html.
 */
export async function serve(
  dir: string,
  prefix = "/",
  onSend?: (path: string, bytes: Buffer) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = pathname.startsWith(prefix) ? join(dir, normalize(pathname.slice(prefix.length))) : "";
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      const notFound = join(dir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] }).end(existsSync(notFound) ? readFileSync(notFound) : "not found");
      return;
    }
    const body = readFileSync(file);
    onSend?.(pathname, body);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
