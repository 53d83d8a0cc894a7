/**
 * Command output as data, rendered as a readable table, JSON or CSV. Pure functions:
 * the caller writes the returned text.
 */

/** A cell: text, a number, or nothing (rendered as an empty cell / JSON null). */
export type Cell = string | number | boolean | null

/** A column: the key in each row and the header printed above it. */
export interface Column {
  readonly key: string
  readonly header: string
  readonly align?: "left" | "right"
}

/** A table: columns and rows keyed by column key. */
export interface Table {
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<Readonly<Record<string, Cell>>>
}

/** What a command returns: a table for `table`/`csv` output, a value for `json`, notes for people. */
export interface Output {
  readonly table: Table
  readonly json: unknown
  /** Lines printed after the table (never in CSV or JSON output). */
  readonly notes?: ReadonlyArray<string>
}

/** The output formats of `--format`. */
export const formats = ["table", "json", "csv"] as const

/** One of {@link formats}. */
export type Format = (typeof formats)[number]

/** Whether a string names an output format. */
export const isFormat = (value: string): value is Format => (formats as ReadonlyArray<string>).includes(value)

// East Asian wide and fullwidth characters take two terminal columns.
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** The number of terminal columns a string takes (CJK characters count twice). */
export const displayWidth = (text: string): number => {
  let width = 0
  for (const char of text) width += wide.test(char) ? 2 : 1
  return width
}

const cellText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return ""
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(12)))
  return String(cell)
}

const pad = (text: string, width: number, align: "left" | "right"): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)))
  return align === "right" ? fill + text : text + fill
}

/** A table as aligned plain text with a header rule. */
export const renderTable = (table: Table): string => {
  const texts = table.rows.map((row) => table.columns.map((column) => cellText(row[column.key])))
  const widths = table.columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...texts.map((cells) => displayWidth(cells[i] ?? ""))),
  )
  const line = (cells: ReadonlyArray<string>) =>
    table.columns
      .map((column, i) => pad(cells[i] ?? "", widths[i] ?? 0, column.align ?? "left"))
      .join("  ")
      .trimEnd()
  const header = line(table.columns.map((column) => column.header))
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  return `${[header, rule, ...texts.map(line)].join("\n")}\n`
}

const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

/** A table as RFC 4180 CSV (header row, comma-separated, CRLF line ends as Excel expects). */
export const renderCsv = (table: Table): string =>
  [table.columns.map((c) => csvField(c.key)), ...table.rows.map((row) => table.columns.map((c) => csvField(cellText(row[c.key]))))]
    .map((fields) => fields.join(","))
    .join("\r\n")
    .concat("\r\n")

/** Command output in a format: the text to print. */
export const render = (output: Output, format: Format): string => {
  switch (format) {
    case "json":
      return `${JSON.stringify(output.json, null, 2)}\n`
    case "csv":
      return renderCsv(output.table)
    case "table": {
      const notes = output.notes ?? []
      return renderTable(output.table) + (notes.length > 0 ? `\n${notes.join("\n")}\n` : "")
    }
  }
}
