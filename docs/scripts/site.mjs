// Where the built site is: docs/.vitepress/dist, or DOCS_OUT_DIR (relative to docs/, as the
// VitePress config reads it) where the build was told to go. The scripts and the browser tests
// all find it here.
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

const docs = fileURLToPath(new URL("..", import.meta.url))

export const siteDir = () =>
  process.env.DOCS_OUT_DIR === undefined ? resolve(docs, ".vitepress", "dist") : resolve(docs, process.env.DOCS_OUT_DIR)
