import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** The built site: docs/.vitepress/dist, or DOCS_OUT_DIR where the config was told to build. */
export const distDir = (): string =>
  process.env.DOCS_OUT_DIR === undefined
    ? fileURLToPath(new URL("../../.vitepress/dist", import.meta.url))
    : resolve(fileURLToPath(new URL("../..", import.meta.url)), process.env.DOCS_OUT_DIR)
