/**
 * Reading a pasted table or an opened file into rows. The CSV parser (papaparse) and the
 * .xlsx reader (read-excel-file) are loaded only when they are needed, so a calculator page
 * does not ship them. CSV saved by Excel on Chinese Windows is GBK: it is decoded as such,
 * or refused with a message saying how to save the file instead.
 */
import type { Locale } from "./library.ts"
import type { RawRow } from "./table.ts"

/** Rows read, or why the input could not be read at all. */
export type ReadRows =
  | { readonly ok: true; readonly rows: ReadonlyArray<RawRow>; readonly note?: string }
  | { readonly ok: false; readonly message: string }

const say = (locale: Locale, zh: string, en: string) => (locale === "zh" ? zh : en)

/** Parses CSV or tab-separated text (as pasted from Excel or WPS) with papaparse; each row keeps the line it starts on. */
export const parseDelimited = async (text: string): Promise<ReadonlyArray<RawRow>> => {
  const { default: Papa } = await import("papaparse")
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: Array<RawRow> = []
  let start = 0
  let counted = 0
  let line = 1
  Papa.parse<Array<string>>(body, {
    skipEmptyLines: false,
    step: (results) => {
      // a row starts where the previous one's cursor stopped: its line is 1 + the line breaks before it
      for (; counted < start; counted++) if (body.charCodeAt(counted) === 10) line++
      rows.push({ line, cells: results.data.map((cell) => String(cell)) })
      start = results.meta.cursor
    },
  })
  return rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""))
}

const tryDecode = (encoding: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** File bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK; refused when none fits. */
export const decodeBytes = (
  bytes: Uint8Array,
  locale: Locale,
): { readonly ok: true; readonly text: string; readonly encoding: string } | { readonly ok: false; readonly message: string } => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode("utf-16le", bytes)
    if (text !== undefined) return { ok: true, text, encoding: "utf-16le" }
  }
  const utf8 = tryDecode("utf-8", bytes)
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "utf-8" }
  let gbkSupported = true
  try {
    new TextDecoder("gbk")
  } catch {
    gbkSupported = false
  }
  const gbk = gbkSupported ? tryDecode("gbk", bytes) : undefined
  if (gbk !== undefined) return { ok: true, text: gbk, encoding: "gbk" }
  return {
    ok: false,
    message: gbkSupported
      ? say(
          locale,
          "无法识别文件编码（既不是 UTF-8 也不是 GBK）。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再打开。",
          "The file's encoding is neither UTF-8 nor GBK. Save it from Excel or WPS as “CSV UTF-8 (comma delimited)” and open it again.",
        )
      : say(
          locale,
          "此文件不是 UTF-8 编码，而本浏览器不能读取 GBK。请另存为“CSV UTF-8（逗号分隔）”后再打开。",
          "This file is not UTF-8 and this browser cannot read GBK. Save it as “CSV UTF-8 (comma delimited)” and open it again.",
        ),
  }
}

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return ""
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell)
}

/** Reads an opened file: .xlsx through read-excel-file (loaded now), CSV/TSV/TXT through papaparse. */
export const readTableFile = async (file: File, locale: Locale): Promise<ReadRows> => {
  const name = file.name.toLowerCase()
  if (name.endsWith(".xlsx")) {
    try {
      const { readSheet } = await import("read-excel-file/browser")
      const sheet = await readSheet(file)
      return { ok: true, rows: sheet.map((cells, index) => ({ line: index + 1, cells: cells.map(cellText) })) }
    } catch {
      return {
        ok: false,
        message: say(
          locale,
          "无法读取此 .xlsx 文件：文件可能已损坏或不是 Excel 工作簿。",
          "This .xlsx file could not be read: it may be damaged or not an Excel workbook.",
        ),
      }
    }
  }
  if (name.endsWith(".xls") || name.endsWith(".et")) {
    return {
      ok: false,
      message: say(
        locale,
        "不支持旧版 .xls/.et 格式，请另存为 .xlsx 或 CSV UTF-8。",
        "The old .xls/.et format is not supported: save the sheet as .xlsx or CSV UTF-8.",
      ),
    }
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const decoded = decodeBytes(bytes, locale)
  if (!decoded.ok) return decoded
  const rows = await parseDelimited(decoded.text)
  return decoded.encoding === "gbk"
    ? {
        ok: true,
        rows,
        note: say(
          locale,
          "此文件为 GBK 编码（Excel 默认的 CSV），已按 GBK 读取。",
          "This file is GBK-encoded (Excel's default CSV on Chinese Windows) and was read as GBK.",
        ),
      }
    : { ok: true, rows }
}
