#!/usr/bin/env node
// The `io` command: runs the TypeScript CLI through tsx (the SDK ships as TypeScript source).
// Importing "tsx" registers its loader (ESM and CommonJS interop) for what follows.
await import("tsx");
await import("../src/cli/main.ts");
