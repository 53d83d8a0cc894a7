/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CR LF or LF, line breaks inside
 * quotes), written here rather than taken as a dependency: reports are small tables and every
 * record must keep the line it starts on so that rejections can name it.
 *
 * @since 0.1.0
 */

/**
 * One CSV record: the line it starts on (1-based, the header is line 1) and its fields by
 * header name.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsvRecord {
  readonly line: number
  readonly fields: Readonly<Record<string, string>>
}

/**
 * A record that could not be read, with its line and the reason.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsvProblem {
  readonly line: number
  readonly message: string
}

/**
 * Result of {@link parseCsv}.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsvTable {
  readonly header: ReadonlyArray<string>
  readonly records: ReadonlyArray<CsvRecord>
  readonly problems: ReadonlyArray<CsvProblem>
}

/**
 * Parses CSV text with a header row. Blank lines are skipped; a record with the wrong number
 * of fields, or an unterminated quote, is reported as a problem with its line, never dropped.
 *
 * @example
 * ```ts
 * parseCsv('region,indicator,year,value\n640104,members,2023,"1,200"\n')
 * // => { header: ["region", "indicator", "year", "value"], records: [{ line: 2, fields: { region: "640104", indicator: "members", year: "2023", value: "1,200" } }], problems: [] }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const parseCsv = (text: string): CsvTable => {
  const raw: Array<{ line: number; fields: Array<string> }> = []
  const problems: Array<CsvProblem> = []
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let i = 0
  let line = 1
  while (i < s.length) {
    const start = line
    const fields: Array<string> = []
    let field = ""
    let ended = false
    let broken = false
    while (!ended) {
      if (s[i] === '"') {
        i++
        let closed = false
        while (i < s.length) {
          const c = s[i]
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"'
              i += 2
              continue
            }
            i++
            closed = true
            break
          }
          if (c === "\n") line++
          field += c
          i++
        }
        if (!closed) {
          problems.push({ line: start, message: "unterminated quoted field | 引号未闭合" })
          broken = true
          ended = true
          break
        }
      }
      while (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") {
        field += s[i]
        i++
      }
      if (i >= s.length) {
        fields.push(field)
        ended = true
      } else if (s[i] === ",") {
        fields.push(field)
        field = ""
        i++
      } else {
        fields.push(field)
        if (s[i] === "\r") i++
        if (s[i] === "\n") i++
        line++
        ended = true
      }
    }
    if (broken) break
    if (fields.length === 1 && fields[0] === "") continue
    raw.push({ line: start, fields })
  }
  const [head, ...body] = raw
  const header = head?.fields.map((h) => h.trim()) ?? []
  const records: Array<CsvRecord> = []
  for (const r of body) {
    if (r.fields.length !== header.length) {
      problems.push({
        line: r.line,
        message: `expected ${header.length} fields, found ${r.fields.length} | 应有 ${header.length} 个字段，实有 ${r.fields.length} 个`,
      })
      continue
    }
    const fields: Record<string, string> = {}
    header.forEach((name, k) => {
      fields[name] = r.fields[k] ?? ""
    })
    records.push({ line: r.line, fields })
  }
  return { header, records, problems }
}

const numeric = new Set(["year", "value", "numerator", "denominator"])

/**
 * Turns CSV records into observation inputs for decoding: empty cells are left out, numeric
 * columns become numbers when they read as one (thousands separators removed) and stay text
 * otherwise, so that the schema names the bad cell.
 *
 * @example
 * ```ts
 * csvObservationInputs(parseCsv("region,indicator,year,value\n640104,members,2023,\"1,200\"\n").records)
 * // => [{ line: 2, input: { region: "640104", indicator: "members", year: 2023, value: 1200 } }]
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const csvObservationInputs = (
  records: ReadonlyArray<CsvRecord>,
): ReadonlyArray<{ readonly line: number; readonly input: unknown }> =>
  records.map((r) => {
    const input: Record<string, unknown> = {}
    for (const [key, raw] of Object.entries(r.fields)) {
      const cell = raw.trim()
      if (cell === "") continue
      if (numeric.has(key)) {
        const n = Number(cell.replaceAll(",", ""))
        input[key] = Number.isNaN(n) && !/^nan$/i.test(cell) ? cell : n
      } else input[key] = cell
    }
    return { line: r.line, input }
  })
