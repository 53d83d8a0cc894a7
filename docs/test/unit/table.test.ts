import { describe, expect, it } from "vitest"
import { decodeBytes, parseDelimited } from "../../.vitepress/theme/calculators/core/importFile.ts"
import { type ColumnSpec, decodeTable, rowErrorText } from "../../.vitepress/theme/calculators/core/table.ts"

const columns: ReadonlyArray<ColumnSpec<"name" | "trainedStaff" | "pupils">> = [
  { key: "name", label: { zh: "学校", en: "School" }, kind: "text" },
  { key: "trainedStaff", label: { zh: "受训教职工", en: "Trained staff" }, kind: "count", max: 1_000_000 },
  { key: "pupils", label: { zh: "学生数", en: "Pupils" }, kind: "count", max: 10_000_000 },
]

describe("parseDelimited", () => {
  it("keeps each row's line number, across blank lines and quoted line breaks", async () => {
    const rows = await parseDelimited('name,trainedStaff,pupils\r\nA,1,50\r\n\r\n"B\r\nannex",2,100\r\nC,3,150\r\n')
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6])
    expect(rows[2]?.cells).toEqual(["B\r\nannex", "2", "100"])
  })
  it("reads tab-separated text as pasted from Excel or WPS", async () => {
    const rows = await parseDelimited("学校\t受训教职工\t学生数\n一中\t10\t500")
    expect(rows[1]?.cells).toEqual(["一中", "10", "500"])
  })
})

describe("decodeTable", () => {
  it("keeps good rows and reports each bad row with its line and reason", async () => {
    const rows = await parseDelimited("School,Trained staff,Pupils\nA,1,50\nB,-2,100\nC,x,\n<img src=x onerror=alert(1)>,3,150\n")
    const table = decodeTable(rows, columns, "en")
    expect(table.rows.map((r) => r.values.name)).toEqual(["A", "<img src=x onerror=alert(1)>"])
    expect(table.errors).toEqual([
      { line: 3, reason: "Trained staff: must not be negative" },
      { line: 4, reason: expect.stringMatching(/^Trained staff: must be a number.*; Pupils: is required$/) },
    ])
    expect(rowErrorText({ line: 3, reason: "学生数：不能为负数" }, "zh")).toBe("第 3 行：学生数：不能为负数")
  })
  it("matches headers in either language and in any order", async () => {
    const rows = await parseDelimited("学生数,学校,受训教职工\n500,一中,10\n")
    expect(decodeTable(rows, columns, "zh").rows[0]?.values).toEqual({ name: "一中", trainedStaff: 10, pupils: 500 })
  })
  it("takes the columns' order when there is no header", async () => {
    const rows = await parseDelimited("A,1,50\n")
    expect(decodeTable(rows, columns, "en").rows).toEqual([{ line: 1, values: { name: "A", trainedStaff: 1, pupils: 50 } }])
  })
  it("refuses a header that lacks a required column", async () => {
    const rows = await parseDelimited("School,Pupils\nA,50\n")
    expect(decodeTable(rows, columns, "en").errors[0]?.reason).toBe("the header lacks the column(s): Trained staff")
  })
})

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const bytes = new TextEncoder().encode("\uFEFF学校,学生数")
    const r = decodeBytes(bytes, "zh")
    expect(r.ok && r.encoding).toBe("utf-8")
  })
  it("reads GBK as Excel saves CSV on Chinese Windows", () => {
    // 学校,学生数 in GBK
    const gbk = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0xd1, 0xa7, 0xc9, 0xfa, 0xca, 0xfd])
    const r = decodeBytes(gbk, "zh")
    expect(r).toEqual({ ok: true, text: "学校,学生数", encoding: "gbk" })
  })
  it("refuses bytes that are neither, with a message saying what to do", () => {
    const r = decodeBytes(new Uint8Array([0x81, 0x20, 0x81, 0x20]), "en")
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/CSV UTF-8/)
  })
})

describe("readTableFile", () => {
  it("reads an .xlsx workbook (loaded on demand) into rows that decode like a CSV", async () => {
    const { readFileSync } = await import("node:fs")
    const { readTableFile } = await import("../../.vitepress/theme/calculators/core/importFile.ts")
    const bytes = readFileSync(`${__dirname}/fixtures/schools.xlsx`)
    const read = await readTableFile(new File([bytes], "schools.xlsx"), "zh")
    if (!read.ok) throw new Error(read.message)
    const table = decodeTable(read.rows, columns, "zh")
    expect(table.rows.map((r) => r.values)).toEqual([
      { name: "一中", trainedStaff: 12, pupils: 600 },
      { name: "<b>三中</b>", trainedStaff: 3, pupils: 100 },
    ])
    expect(table.errors).toEqual([{ line: 3, reason: "受训教职工：不能为负数" }])
  })
  it("refuses a damaged .xlsx and the old .xls format with a message", async () => {
    const { readTableFile } = await import("../../.vitepress/theme/calculators/core/importFile.ts")
    const damaged = await readTableFile(new File([new Uint8Array([1, 2, 3])], "x.xlsx"), "en")
    expect(damaged.ok ? "" : damaged.message).toMatch(/could not be read/)
    const old = await readTableFile(new File([new Uint8Array([1])], "x.xls"), "en")
    expect(old.ok ? "" : old.message).toMatch(/not supported/)
  })
})
