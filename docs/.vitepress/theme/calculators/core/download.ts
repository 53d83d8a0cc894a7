/**
 * Files the calculators offer: CSV with a UTF-8 byte-order mark (so Excel and WPS open it in
 * the right encoding) and JSON. Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */

const formulaStart = /^[=+\-@\t\r]/
const numberLike = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i

/** One CSV field, quoted when needed. */
export const csvField = (value: string | number | boolean | undefined): string => {
  if (value === undefined) return ""
  let text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value)
  if (typeof value === "string" && formulaStart.test(text) && !numberLike.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV text with a BOM and CRLF line ends. */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>): string =>
  `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`

/** Offers text as a file download. */
export const downloadText = (filename: string, text: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
