/**
 * Writes sdk/src/idl/<program>.ts for each <program>.json: the camelCase IDL type that
 * `Program<T>` needs, as `anchor build` writes target/types/<program>.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Idl } from "@coral-xyz/anchor";
// Not re-exported from the package root; the same function `new Program()` applies.
import { convertIdlToCamelCase } from "@coral-xyz/anchor/dist/cjs/idl.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/idl");

const pascal = (name: string) => name.split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join("");

for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const name = file.replace(/\.json$/, "");
  const idl = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Idl;
  const camel = convertIdlToCamelCase(idl);
  const body = [
    "/**",
    ` * Generated from programs/${name} by sdk/scripts/gen-idl.sh. Do not edit.`,
    " *",
    ` * The camelCase type of the IDL in ./${file}, for \`Program<${pascal(name)}>\`.`,
    " */",
    `export type ${pascal(name)} = ${JSON.stringify(camel, null, 2)};`,
    "",
  ].join("\n");
  writeFileSync(path.join(dir, `${name}.ts`), body);
}
