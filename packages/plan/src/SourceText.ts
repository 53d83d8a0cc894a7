/**
 * The plan's source text as received, and its repair by the recorded errata.
 *
 * @since 0.1.0
 */
import type { Erratum } from "./model/Erratum.ts"

/**
 * An erratum that does not match the text it claims to repair.
 *
 * @category models
 * @since 0.1.0
 */
export interface ErratumMismatch {
  readonly index: number
  readonly erratum: Erratum
  readonly reason: string
}

/**
 * The outcome of {@link repairText}: the repaired text, or every erratum that does not match.
 *
 * @category models
 * @since 0.1.0
 */
export type RepairResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly mismatches: ReadonlyArray<ErratumMismatch> }

const lineStarts = (text: string): ReadonlyArray<number> => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1)
  return starts
}

/**
 * Applies the errata to the original text. Each erratum's `original` must stand at its
 * line and column, and no two errata may overlap; otherwise the result lists every
 * mismatch. Nothing outside the errata changes.
 *
 * @example
 * ```ts
 * repairText("遗体 and 人体器官", [{ line: 1, column: 3, kind: "wording", original: " and ", repaired: "和" }])
 * // => { ok: true, text: "遗体和人体器官" }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const repairText = (original: string, errata: ReadonlyArray<Erratum>): RepairResult => {
  const starts = lineStarts(original)
  const mismatches: Array<ErratumMismatch> = []
  const located: Array<{ readonly offset: number; readonly erratum: Erratum; readonly index: number }> = []
  errata.forEach((erratum, index) => {
    const lineStart = starts[erratum.line - 1]
    if (lineStart === undefined) {
      mismatches.push({ index, erratum, reason: `line ${erratum.line} is past the end of the text` })
      return
    }
    const offset = lineStart + erratum.column - 1
    const found = original.slice(offset, offset + erratum.original.length)
    if (found !== erratum.original) {
      mismatches.push({
        index,
        erratum,
        reason: `expected ${JSON.stringify(erratum.original)} at line ${erratum.line}, column ${erratum.column}, found ${JSON.stringify(found)}`,
      })
      return
    }
    located.push({ offset, erratum, index })
  })
  const sorted = [...located].sort((a, b) => a.offset - b.offset)
  let text = ""
  let cursor = 0
  for (const { offset, erratum, index } of sorted) {
    if (offset < cursor) {
      mismatches.push({ index, erratum, reason: `overlaps the previous erratum at line ${erratum.line}` })
      continue
    }
    text += original.slice(cursor, offset) + erratum.repaired
    cursor = offset + erratum.original.length
  }
  if (mismatches.length > 0) return { ok: false, mismatches }
  return { ok: true, text: text + original.slice(cursor) }
}
