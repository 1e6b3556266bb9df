#!/usr/bin/env node
// The `io` command: runs the TypeScript CLI through tsx (the SDK ships as TypeScript source).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
