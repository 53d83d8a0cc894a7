/**
 * A small RFC 4180 CSV reader that keeps the line number of every record, so errors can
 * point at the line a person sees in a text editor or Excel (line 1 is the header).
 */

/** One record: its fields and the line it starts on. */
export interface CsvRecord {
  readonly line: number
  readonly fields: ReadonlyArray<string>
}

/** The records of a CSV text, or the line where a quoted field never closes. */
export type CsvParse =
  | { readonly ok: true; readonly records: ReadonlyArray<CsvRecord> }
  | { readonly ok: false; readonly line: number; readonly message: string }

/** Parses CSV text: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks. Blank lines are skipped. */
export const parseCsv = (text: string): CsvParse => {
  const records: Array<CsvRecord> = []
  let fields: Array<string> = []
  let field = ""
  let line = 1
  let start = 1
  let quoted = false
  let quoteLine = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0]?.trim() === "")) records.push({ line: start, fields })
    fields = []
    field = ""
  }
  for (; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (char === "\n") line++
        field += char
      }
    } else if (char === '"' && field.trim() === "") {
      quoted = true
      quoteLine = line
      field = ""
    } else if (char === ",") {
      fields.push(field)
      field = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++
      endRecord()
      line++
      start = line
    } else field += char
  }
  if (quoted) return { ok: false, line: quoteLine, message: "a quoted field is never closed" }
  if (field !== "" || fields.length > 0) endRecord()
  return { ok: true, records }
}
