import { describe, expect, it } from "vitest"
import { csvField, csvText } from "../../.vitepress/theme/calculators/core/download.ts"

describe("csvText", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF, for Excel and WPS", () => {
    expect(
      csvText([
        ["学校", "学生数"],
        ["一中", 600],
      ]),
    ).toBe("\uFEFF学校,学生数\r\n一中,600\r\n")
  })
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"')
  })
  it("keeps text a spreadsheet would run as a formula inert, but not negative numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvField(-5)).toBe("-5")
    expect(csvField("-5")).toBe("-5")
  })
  it("writes nothing for a missing or non-finite number", () => {
    expect(csvField(undefined)).toBe("")
    expect(csvField(Number.NaN)).toBe("")
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("")
  })
})
