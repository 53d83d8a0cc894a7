/**
 * Tables typed in, pasted, or read from a file: each row is decoded field by field through
 * the same schemas as the forms. Bad rows are reported with their line number and reason;
 * good rows are kept. Cell text stays plain text (the views never interpret it as HTML).
 */
import { decodeField, type FieldKind, fieldMessage } from "./fields.ts"
import { bilingual, type Locale, type Text } from "./library.ts"
import { ui } from "./ui.ts"

/** A row as read: its cells as text and the line it starts on (line 1 is the first line of the file). */
export interface RawRow {
  readonly line: number
  readonly cells: ReadonlyArray<string>
}

/** A column of a table: a number decoded like a form field, or a short text (a school's name). */
export interface ColumnSpec<K extends string = string> {
  readonly key: K
  readonly label: Text
  readonly kind: FieldKind | "text"
  readonly max?: number
  readonly optional?: boolean
  /** Other header spellings accepted (学生数, pupils…). */
  readonly aliases?: ReadonlyArray<string>
}

/** One cell value after decoding. */
export type CellValue = string | number | undefined

/** A rejected row: where and why. */
export interface RowError {
  readonly line: number
  readonly reason: string
}

/** The good rows (with their line) and the rejected ones. */
export interface DecodedTable<K extends string> {
  readonly rows: ReadonlyArray<{ readonly line: number; readonly values: Readonly<Record<K, CellValue>> }>
  readonly errors: ReadonlyArray<RowError>
}

const maxTextLength = 200
const normalizeHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-（）()]/g, "")

const namesOf = (column: ColumnSpec): ReadonlyArray<string> =>
  [column.key, column.label.zh, column.label.en, ...(column.aliases ?? [])].map(normalizeHeader)

/** Which column each cell holds: from a header row when the first row names columns, else the columns' order. */
export const columnOrder = <K extends string>(
  first: RawRow | undefined,
  columns: ReadonlyArray<ColumnSpec<K>>,
): { readonly header: boolean; readonly order: ReadonlyArray<ColumnSpec<K> | undefined> } => {
  if (first === undefined) return { header: false, order: columns }
  const matched = first.cells.map((cell) => columns.find((column) => namesOf(column).includes(normalizeHeader(cell))))
  if (matched.some((column) => column !== undefined)) return { header: true, order: matched }
  return { header: false, order: columns }
}

const decodeCell = (column: ColumnSpec, raw: string, locale: Locale): { ok: true; value: CellValue } | { ok: false; message: string } => {
  if (column.kind !== "text") return decodeField({ ...column, kind: column.kind }, raw, locale)
  const text = raw.trim()
  if (text === "") {
    return column.optional === true
      ? { ok: true, value: undefined }
      : { ok: false, message: fieldMessage(column.label, bilingual("is required", "不能为空"), locale) }
  }
  if (text.length > maxTextLength) {
    return {
      ok: false,
      message: fieldMessage(
        column.label,
        bilingual(`must be at most ${maxTextLength} characters`, `不能超过 ${maxTextLength} 个字符`),
        locale,
      ),
    }
  }
  return { ok: true, value: text }
}

/** Decodes rows (a header row first, if any); every bad row is reported, every good row kept. */
export const decodeTable = <K extends string>(
  rows: ReadonlyArray<RawRow>,
  columns: ReadonlyArray<ColumnSpec<K>>,
  locale: Locale,
  headerRow: "detect" | "none" = "detect",
): DecodedTable<K> => {
  const { header, order } = headerRow === "none" ? { header: false, order: columns } : columnOrder(rows[0], columns)
  const good: Array<{ line: number; values: Record<K, CellValue> }> = []
  const errors: Array<RowError> = []
  const missing = header ? columns.filter((column) => column.optional !== true && !order.includes(column)) : []
  if (missing.length > 0) {
    const names = missing.map((column) => (locale === "zh" ? column.label.zh : column.label.en)).join(locale === "zh" ? "、" : ", ")
    const reason = locale === "zh" ? `表头缺少列：${names}` : `the header lacks the column(s): ${names}`
    return { rows: [], errors: [{ line: rows[0]?.line ?? 1, reason }] }
  }
  for (const row of header ? rows.slice(1) : rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue
    const values = {} as Record<K, CellValue>
    const reasons: Array<string> = []
    for (const column of columns) {
      const index = order.indexOf(column)
      const result = decodeCell(column, index >= 0 ? (row.cells[index] ?? "") : "", locale)
      if (result.ok) values[column.key] = result.value
      else reasons.push(result.message)
    }
    if (reasons.length > 0) errors.push({ line: row.line, reason: reasons.join(locale === "zh" ? "；" : "; ") })
    else good.push({ line: row.line, values })
  }
  return { rows: good, errors }
}

/** "第 3 行：学生数：不能为负数" / "line 3: Pupils: must not be negative". */
export const rowErrorText = (error: RowError, locale: Locale): string =>
  `${ui(locale, "line", { n: error.line })}${locale === "zh" ? "：" : ": "}${error.reason}`
