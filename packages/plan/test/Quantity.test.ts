import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { figureValue, formatPath, makeDecoder, Quantity, unitEn, unitZh } from "../src/index.ts"

describe("figureValue", () => {
  it("reads the plan's printed figures exactly", () => {
    expect(figureValue("8", 10_000)).toBe(80_000)
    expect(figureValue("0.8", 10_000)).toBe(8_000)
    expect(figureValue("0.36", 10_000)).toBe(3_600)
    expect(figureValue("3.7", 10_000)).toBe(37_000)
    expect(figureValue("750", 10_000)).toBe(7_500_000)
    expect(figureValue("2%")).toBe(0.02)
    expect(figureValue("1:50")).toBe(0.02)
    expect(figureValue("1：50")).toBe(0.02)
    expect(figureValue("一")).toBe(1)
  })

  it("rejects what is not a figure", () => {
    for (const s of ["", "abc", "1:0", "1.2.3", "-5", "NaN", "Infinity"]) expect(figureValue(s)).toBeUndefined()
  })

  it("is exact for any decimal in 万 with up to 4 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (mantissa, decimals) => {
        const digits = String(mantissa).padStart(decimals + 1, "0")
        const printed = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
        expect(figureValue(printed, 10_000)).toBe(mantissa * 10 ** (4 - decimals))
      }),
    )
  })
})

describe("units", () => {
  it("prints units as the plan does", () => {
    expect(unitZh({ base: "personTime", scale: 10_000 })).toBe("万人次")
    expect(unitZh({ base: "yuan", scale: 10_000 })).toBe("万元")
    expect(unitEn({ base: "device", scale: 1 })).toBe("devices")
  })
})

describe("Quantity", () => {
  const decode = makeDecoder(Quantity)
  it("accepts a value that is the printed figure times the scale", () => {
    expect(decode({ printed: "0.8", unit: { base: "donorRecord", scale: 10_000 }, value: 8000 }).ok).toBe(true)
  })
  it("rejects NaN, Infinity and a disagreeing value, naming the field", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 8]) {
      const result = decode({ printed: "0.8", unit: { base: "donorRecord", scale: 10_000 }, value })
      expect(result.ok ? [] : result.issues.map((i) => i.at)).toEqual(["value"])
    }
  })
  it("rejects an unknown unit", () => {
    const result = decode({ printed: "1", unit: { base: "furlong", scale: 1 }, value: 1 })
    expect(result.ok ? [] : result.issues.map((i) => i.at)).toEqual(["unit.base"])
  })
})

describe("formatPath", () => {
  it("writes array indexes in brackets", () => {
    expect(formatPath(["rows", 3, "increase", "value"])).toBe("rows[3].increase.value")
    expect(formatPath([])).toBe("")
  })
})
