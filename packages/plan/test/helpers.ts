import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The source text as received, read from the repository. */
export const originalText = readFileSync(
  fileURLToPath(new URL("../source/ningxia-redcross-14th-five-year-plan.zh.txt", import.meta.url)),
  "utf8",
)

/** Paragraphs of a text: non-empty trimmed lines. */
export const paragraphsOf = (text: string): ReadonlyArray<string> =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)

/** A deep, mutable copy of plain data, for building malformed inputs. */
export const clone = <A>(a: A): A => structuredClone(a)
