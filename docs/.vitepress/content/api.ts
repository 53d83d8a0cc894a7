/**
 * The API reference pages that typedoc writes to docs/api before the site build. The
 * Chinese locale serves them from disk; the English locale mirrors them as dynamic routes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const api = fileURLToPath(new URL("../../api", import.meta.url))

/** Every typedoc page: its file name without `.md`, and its markdown. */
export const apiPages = (): ReadonlyArray<readonly [string, string]> =>
  existsSync(api)
    ? readdirSync(api).flatMap((f) => (f.endsWith(".md") ? [[f.slice(0, -3), readFileSync(join(api, f), "utf8")] as const] : []))
    : []
