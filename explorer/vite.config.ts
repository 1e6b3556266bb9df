// The explorer front end (run from explorer/): built into dist/, which `io explorer` serves.
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
