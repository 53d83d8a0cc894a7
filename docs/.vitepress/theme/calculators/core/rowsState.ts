/**
 * Editable tables kept in the URL: each row is its cells' text (valid or not), stored as
 * one JSON query parameter. A malformed parameter is ignored, never thrown.
 */
import * as Schema from "effect/Schema"
import { makeDecoder } from "./library.ts"
import type { CellValue, ColumnSpec } from "./table.ts"

const Rows = Schema.Array(Schema.Array(Schema.String).check(Schema.isMaxLength(50))).check(Schema.isMaxLength(5000))
const decodeRows = makeDecoder(Rows)

/** Table rows from the text of a URL parameter; anything that is not a list of lists of text gives no rows. */
export const rowsFromText = (text: string): Array<Array<string>> => {
  if (text.trim() === "") return []
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return []
  }
  const decoded = decodeRows(json)
  return decoded.ok ? decoded.value.map((row) => [...row]) : []
}

/** Table rows as the text of a URL parameter. */
export const rowsToText = (rows: ReadonlyArray<ReadonlyArray<string>>): string => (rows.length === 0 ? "" : JSON.stringify(rows))

/** Decoded cells back to editable text, in the columns' order. */
export const cellsOf = <K extends string>(values: Readonly<Record<K, CellValue>>, columns: ReadonlyArray<ColumnSpec<K>>): Array<string> =>
  columns.map((column) => {
    const value = values[column.key]
    return value === undefined ? "" : String(value)
  })
