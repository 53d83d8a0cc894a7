import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { formatNumber, formatQuantity, parseNumber } from "../src/Format.ts"
import { indicators, targets } from "../src/index.ts"
import { UnitBase, unitZh } from "../src/model/Quantity.ts"

const locales = ["zh", "en"] as const
const bases: ReadonlyArray<UnitBase> = UnitBase.literals
const broken = /NaN|Infinity|undefined|e[+-]\d/

describe("formatNumber", () => {
  it("uses 万 and 亿 in Chinese where exact to two decimals", () => {
    expect(formatNumber(80_000, "zh")).toBe("8 万")
    expect(formatNumber(37_000, "zh")).toBe("3.7 万")
    expect(formatNumber(7_500_000, "zh")).toBe("750 万")
    expect(formatNumber(10_000, "zh")).toBe("1 万")
    expect(formatNumber(12_300, "zh")).toBe("1.23 万")
    expect(formatNumber(150_000_000, "zh")).toBe("1.5 亿")
  })

  it("falls back to digits in Chinese below 万 or when 万 would need more decimals", () => {
    expect(formatNumber(3600, "zh")).toBe("3600")
    expect(formatNumber(12_345, "zh")).toBe("12,345")
    expect(formatNumber(7_202_654, "zh")).toBe("7,202,654")
  })

  it("uses thousands separators and millions in English", () => {
    expect(formatNumber(80_000, "en")).toBe("80,000")
    expect(formatNumber(3600, "en")).toBe("3,600")
    expect(formatNumber(7_500_000, "en")).toBe("7.5 million")
    expect(formatNumber(1_000_000, "en")).toBe("1 million")
    expect(formatNumber(7_202_654, "en")).toBe("7,202,654")
  })

  it("rounds to two decimals, drops trailing zeros and never prints -0", () => {
    expect(formatNumber(2.345_67, "en")).toBe("2.35")
    expect(formatNumber(2.5, "zh")).toBe("2.5")
    expect(formatNumber(-0.001, "en")).toBe("0")
    expect(formatNumber(-80_000, "zh")).toBe("-8 万")
  })

  it("prints a dash for non-finite input", () => {
    for (const locale of locales) {
      expect(formatNumber(Number.NaN, locale)).toBe("—")
      expect(formatNumber(Number.POSITIVE_INFINITY, locale)).toBe("—")
    }
  })

  it("never prints NaN, Infinity or exponent notation for finite input", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...locales), (value, locale) => {
        const text = formatNumber(value, locale)
        expect(text).not.toMatch(broken)
        expect(text.length).toBeGreaterThan(0)
      }),
    )
  })

  it("reads back to the same integer in both locales", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...locales), (value, locale) => {
        expect(parseNumber(formatNumber(value, locale))).toBe(value === 0 ? 0 : value)
      }),
    )
  })

  it("reads back to the same value for figures with two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom(...locales), (cents, locale) => {
        const value = cents / 100
        expect(parseNumber(formatNumber(value, locale))).toBe(value === 0 ? 0 : value)
      }),
    )
  })

  it("keeps the order of values (formatting then parsing is monotonic)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(...locales), (a, b, locale) => {
        const pa = parseNumber(formatNumber(a, locale)) ?? Number.NaN
        const pb = parseNumber(formatNumber(b, locale)) ?? Number.NaN
        expect(Math.sign(pa - pb)).toBe(Math.sign(a - b))
      }),
    )
  })
})

describe("parseNumber", () => {
  it("reads both locales' spellings", () => {
    expect(parseNumber("8 万")).toBe(80_000)
    expect(parseNumber("8万")).toBe(80_000)
    expect(parseNumber("0.36 万")).toBe(3600)
    expect(parseNumber("1.15 万")).toBe(11_500)
    expect(parseNumber("7.5 million")).toBe(7_500_000)
    expect(parseNumber("1,234.5")).toBe(1234.5)
  })

  it("rejects anything else", () => {
    for (const text of ["", "—", "NaN", "Infinity", "8 万人", "1,23", "abc", "1e5", "--1"]) expect(parseNumber(text)).toBeUndefined()
  })
})

describe("formatQuantity", () => {
  it("formats the plan's figures as printed in Chinese and in plain English", () => {
    expect(formatQuantity(80_000, "person", "zh")).toBe("8 万人")
    expect(formatQuantity(80_000, "person", "en")).toBe("80,000 people")
    expect(formatQuantity(37_000, { base: "donorRecord", scale: 10_000 }, "zh")).toBe("3.7 万人份")
    expect(formatQuantity(37_000, { base: "donorRecord", scale: 10_000 }, "en")).toBe("37,000 donor records")
    expect(formatQuantity(7_500_000, "yuan", "zh")).toBe("750 万元")
    expect(formatQuantity(7_500_000, "yuan", "en")).toBe("CNY 7.5 million")
    expect(formatQuantity(1_500_000, "yuan", "en")).toBe("CNY 1.5 million")
    expect(formatQuantity(3600, "person", "zh")).toBe("3600 人")
    expect(formatQuantity(1, "team", "en")).toBe("1 team")
    expect(formatQuantity(50, "device", "en")).toBe("50 devices")
  })

  it("prints shares as percentages and ratios as 1:N", () => {
    expect(formatQuantity(0.02, "share", "zh")).toBe("2%")
    expect(formatQuantity(0.02, "share", "en")).toBe("2%")
    expect(formatQuantity(0.07, "share", "en")).toBe("7%")
    expect(formatQuantity(1 / 50, "ratio", "en")).toBe("1:50")
    expect(formatQuantity(1 / 50, "ratio", "zh")).toBe("1:50")
    expect(formatQuantity(0, "ratio", "en")).toBe("0:1")
  })

  it("prints every figure the plan states in 万 of 10,000 or more as the plan prints it (8 万人, 750 万元)", () => {
    const quantities = [...indicators.map((r) => r.increase), ...targets.flatMap((t) => (t.quantity === undefined ? [] : [t.quantity]))]
    // 0.8 万人份 (8,000) is below 万 and prints as 8000 人份.
    const scaled = quantities.filter((q) => q.unit.scale === 10_000 && q.value >= 10_000)
    expect(scaled.length).toBeGreaterThan(5)
    for (const q of scaled) expect(formatQuantity(q.value, q.unit, "zh")).toBe(`${q.printed} ${unitZh(q.unit)}`)
  })

  it("never prints NaN or Infinity for finite input, whatever the unit", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...bases),
        fc.constantFrom(...locales),
        (value, base, locale) => {
          expect(formatQuantity(value, base, locale)).not.toMatch(broken)
        },
      ),
    )
  })

  it("reads back: the number in an English count is the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1e12 }), (value) => {
        const text = formatQuantity(value, "person", "en")
        expect(parseNumber(text.replace(/ people$/, ""))).toBe(value)
      }),
    )
  })
})
