/**
 * The built front end (explorer/dist): files by path, and index.html for any other non-API path
 * so the client's routes load. A path that names a file (has an extension) and is missing is a
 * 404; unknown `/api` paths answer 404 JSON.
 */
import type { FastifyInstance } from "fastify";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** explorer/dist, beside the sdk package. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../../explorer/dist", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split("?")[0]);
  } catch {
    return undefined;
  }
}

async function fileAt(path: string): Promise<Buffer | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? readFile(path) : undefined;
}

export function registerStaticFiles(app: FastifyInstance, staticDir: string) {
  const root = resolve(staticDir);
  app.get("/*", async (request, reply) => {
    const path = decodedPath(request.url);
    if (path === undefined) return reply.code(400).send({ error: "the path is not valid percent-encoding" });
    if (path === "/api" || path.startsWith("/api/")) return reply.code(404).send({ error: `no such endpoint: GET ${path}` });
    const target = normalize(join(root, path));
    if (target !== root && !target.startsWith(root + sep)) return reply.code(404).send({ error: "not found" });
    const asset = extname(path) ? await fileAt(target) : undefined;
    if (asset) {
      const hashed = path.startsWith("/assets/");
      return reply
        .type(TYPES[extname(path)] ?? "application/octet-stream")
        .header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache")
        .send(asset);
    }
    if (extname(path)) return reply.code(404).type("text/plain; charset=utf-8").send(`not found: ${path}`);
    const index = await fileAt(join(root, "index.html"));
    if (!index) return reply.code(404).type("text/plain; charset=utf-8").send("the explorer front end is not built: run npm run build:explorer");
    return reply.type(TYPES[".html"]).header("cache-control", "no-cache").send(index);
  });
}
