import { readFileSync } from "node:fs"
import { defineConfig } from "tsup"

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string }

// One entry per subpath export (see package.json "exports"): importing a formula or a
// schema must not pull in the plan's full text, so the data lives behind its own entry
// and shared code is split into chunks. effect stays an external dependency.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    data: "src/entries/data.ts",
    schemas: "src/entries/schemas.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", data: "src/entries/data.ts", schemas: "src/entries/schemas.ts" } },
  splitting: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  external: [/^effect/],
  // The CLI prints the package version without reading package.json at run time.
  define: { __VERSION__: JSON.stringify(version) },
})
