import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeText } from "../../src/cli/Encoding.ts"
import { displayWidth, renderCsv, renderTable } from "../../src/cli/Output.ts"
import { parseCsv } from "../../src/reports/Csv.ts"

const columns = [
  { key: "a", header: "a" },
  { key: "b", header: "b" },
]

describe("renderCsv", () => {
  it("round-trips any text through the CSV reader (commas, quotes, line breaks)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a: `x${a}`, b }))
        const parsed = parseCsv(renderCsv({ columns, rows }))
        expect(parsed.problems).toEqual([])
        expect(parsed.records.map((r) => [r.fields.a, r.fields.b])).toEqual(rows.map((r) => [r.a, r.b]))
      }),
    )
  })
})

describe("renderTable", () => {
  it("aligns columns by display width, CJK counting double", () => {
    const lines = renderTable({
      columns,
      rows: [
        { a: "银川市", b: 1 },
        { a: "abc", b: 22 },
      ],
    })
      .trimEnd()
      .split("\n")
    const bColumn = lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(" ") + 1)))
    expect(new Set(bColumn).size).toBe(1)
  })
  it("counts CJK characters as two columns", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(displayWidth(`${s}中`)).toBe(displayWidth(s) + 2)
      }),
    )
  })
})

describe("decodeText", () => {
  it("reads UTF-8 as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("地区,指标"))).toEqual({ ok: true, text: "地区,指标", encoding: "utf-8" })
  })
  it("reads invalid UTF-8 that is GBK as GB18030", () => {
    // 银川 in GBK: D2 F8 B4 A8 (not valid UTF-8)
    const decoded = decodeText(new Uint8Array([0xd2, 0xf8, 0xb4, 0xa8]))
    expect(decoded).toEqual({ ok: true, text: "银川", encoding: "gb18030" })
  })
  it("reads UTF-16 with a byte-order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00])
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: "a,", encoding: "utf-16le" })
  })
})
