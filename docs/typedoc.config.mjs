// TypeDoc → markdown for the site's API reference (docs/api), one page per module of the
// library. The entry points are the modules the package's barrel re-exports (followed through
// folder barrels), so the reference covers exactly the public API and grows with it.
import { readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const docs = dirname(fileURLToPath(import.meta.url))

const reexports = (file) =>
  [...readFileSync(file, "utf8").matchAll(/^export \* from "(\.[^"]+)"/gm)].flatMap(([, spec]) => {
    const target = join(dirname(file), spec)
    return target.endsWith("index.ts") ? reexports(target) : [target]
  })

/** @type {Partial<import("typedoc").TypeDocOptions> & Record<string, unknown>} */
export default {
  entryPoints: reexports(join(docs, "../packages/plan/src/index.ts")).map((f) => relative(docs, f)),
  // Only the library source: its tests and dev scripts are not part of the API reference.
  tsconfig: "./tsconfig.api.json",
  plugin: ["typedoc-plugin-markdown", "typedoc-vitepress-theme"],
  out: "./api",
  docsRoot: "./",
  readme: "none",
  name: "@ningxia-redcross/plan",
  disableSources: true,
  excludePrivate: true,
  hideGenerator: true,
  hidePageHeader: true,
  outputFileStrategy: "modules",
  flattenOutputFiles: true,
  entryFileName: "index",
  sidebar: { autoConfiguration: true, format: "vitepress", pretty: false, collapsed: false },
}
