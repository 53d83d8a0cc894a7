/**
 * Reading a progress report file for the CLI: bytes → text (UTF-8, or GBK from Excel) →
 * rows with the line each starts on, from CSV (Chinese or English headers) or JSON (an array
 * of observations, or `{ "observations": [...] }`). Pure: the caller reads the bytes.
 */
import { csvObservationInputs, parseCsv } from "../reports/Csv.ts"
import { decodeText, type Encoding } from "./Encoding.ts"

/** One input row and the line of the file where it starts. */
export interface ReportRow {
  readonly line: number
  readonly input: unknown
}

/** A problem that concerns the file or one line of it, before any row is checked. */
export interface FileProblem {
  readonly line: number
  readonly message: string
}

/** The rows of a report file, or why it cannot be read as one. */
export type ReadReport =
  | {
      readonly ok: true
      readonly format: "csv" | "json"
      readonly encoding: Encoding
      readonly rows: ReadonlyArray<ReportRow>
      readonly problems: ReadonlyArray<FileProblem>
    }
  | { readonly ok: false; readonly message: string; readonly line?: number }

/** CSV headers people write in Chinese, and the field each stands for. */
export const headerAliases: Readonly<Record<string, string>> = {
  地区: "region",
  地区代码: "region",
  区划代码: "region",
  行政区划代码: "region",
  单位代码: "region",
  指标: "indicator",
  指标代码: "indicator",
  年份: "year",
  年度: "year",
  日期: "date",
  数值: "value",
  值: "value",
  分子: "numerator",
  分母: "denominator",
}

const fields = ["region", "indicator", "year", "date", "value", "numerator", "denominator"]

/** Replaces Chinese and differently-cased headers with the field names, or names the unknown ones. */
export const normaliseHeader = (
  header: ReadonlyArray<string>,
): { ok: true; header: ReadonlyArray<string> } | { ok: false; message: string } => {
  const out = header.map((h) => headerAliases[h.trim()] ?? h.trim().toLowerCase())
  const unknown = header.filter((_, i) => !fields.includes(out[i] ?? ""))
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `“${u}”`).join(", ")} in the header (line 1); the columns are ${fields.join(", ")} (or 地区, 指标, 年份, 日期, 数值, 分子, 分母)`,
    }
  }
  for (const required of ["region", "indicator"]) {
    if (!out.includes(required)) return { ok: false, message: `the header (line 1) has no “${required}” column` }
  }
  if (!out.includes("year") && !out.includes("date")) return { ok: false, message: "the header (line 1) needs a “year” or a “date” column" }
  const repeated = out.find((h, i) => out.indexOf(h) !== i)
  if (repeated !== undefined) return { ok: false, message: `the column “${repeated}” appears twice in the header (line 1)` }
  return { ok: true, header: out }
}

const lineAt = (text: string, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

// The line where each element of the observations array starts: a scan that skips strings
// and tracks nesting, so that a row's errors can name the line a person sees.
const elementLines = (text: string, arrayDepth: number): ReadonlyArray<number> => {
  const lines: Array<number> = []
  let depth = 0
  let line = 1
  let inString = false
  let expectValue = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === "\n") line++
    if (inString) {
      if (c === "\\") i++
      else if (c === '"') inString = false
      continue
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue
    if (expectValue && depth === arrayDepth) {
      lines.push(line)
      expectValue = false
    }
    if (c === '"') inString = true
    else if (c === "[" || c === "{") {
      depth++
      if (c === "[" && depth === arrayDepth) expectValue = true
    } else if (c === "]" || c === "}") {
      depth--
      expectValue = false
    } else if (c === "," && depth === arrayDepth) expectValue = true
  }
  return lines
}

const readJson = (text: string, encoding: Encoding): ReadReport => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)?.[1]
    const line = position === undefined ? undefined : lineAt(text, Number(position))
    return line === undefined
      ? { ok: false, message: `not valid JSON: ${message}` }
      : { ok: false, message: `not valid JSON at line ${line}: ${message}`, line }
  }
  const wrapped = typeof value === "object" && value !== null && !Array.isArray(value) && "observations" in value
  const list: unknown =
    typeof value === "object" && value !== null && !Array.isArray(value) && "observations" in value ? value.observations : value
  if (!Array.isArray(list))
    return { ok: false, message: "a JSON report must be an array of observations, or an object with an “observations” array" }
  // Top-level array: elements at depth 1. Wrapped: the observations array is the only array at depth 2 in well-formed reports.
  const lines = elementLines(text, wrapped ? 2 : 1)
  const rows = list.map((input: unknown, i) => ({ line: lines[i] ?? i + 1, input }))
  return { ok: true, format: "json", encoding, rows, problems: [] }
}

const readCsv = (text: string, encoding: Encoding): ReadReport => {
  const table = parseCsv(text)
  if (table.header.length === 0)
    return { ok: false, message: "the file is empty: a CSV report needs a header row and one row per observation" }
  const header = normaliseHeader(table.header)
  if (!header.ok) return { ok: false, message: header.message, line: 1 }
  const rename = new Map(table.header.map((h, i) => [h, header.header[i] ?? h]))
  const records = table.records.map((r) => ({
    line: r.line,
    fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [rename.get(k) ?? k, v])),
  }))
  return { ok: true, format: "csv", encoding, rows: csvObservationInputs(records), problems: table.problems }
}

/** Reads a progress report from file bytes; the file name decides CSV or JSON, else its first character. */
export const readReport = (path: string, bytes: Uint8Array): ReadReport => {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.message}` }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text
  const lower = path.toLowerCase()
  const json = lower.endsWith(".json") || (!lower.endsWith(".csv") && /^\s*[[{]/.test(text))
  return json ? readJson(text, decoded.encoding) : readCsv(text, decoded.encoding)
}

/** A note for people when the file was not UTF-8. */
export const encodingNote = (encoding: Encoding): ReadonlyArray<string> =>
  encoding === "gb18030"
    ? [
        "Note: the file is not UTF-8; it was read as GBK/GB18030 (as Excel saves CSV on Chinese Windows). Save as “CSV UTF-8” to avoid this.",
      ]
    : encoding === "utf-8"
      ? []
      : [`Note: the file was read as ${encoding.toUpperCase()}.`]
