import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { planDefaults, requiredYearlyAdditions, requiredYearlyAdditionsFromUnknown } from "../../src/formulas/index.ts"

describe("requiredYearlyAdditions", () => {
  it("spreads what remains of the registry's 37,000 over the years left", () => {
    const r = requiredYearlyAdditions({ current: 33_000, target: planDefaults.stemCellRegistryTotal, currentYear: 2023 })
    expect(r).toMatchObject({ targetYear: 2025, remaining: 4_000, remainingYears: 2, perYear: 2_000, met: false })
    expect(r.notApplicable).toBeUndefined()
  })
  it("rounds up to a whole number: +80,000 holders with 45,001 added by end-2022", () => {
    const r = requiredYearlyAdditions({ current: 45_001, target: planDefaults.certificateIncrease, currentYear: 2022 })
    expect(r.perYear).toBe(11_667)
  })
  it("is 0 a year once the target is met or passed", () => {
    const r = requiredYearlyAdditions({ current: 40_000, target: 37_000, currentYear: 2023 })
    expect(r).toMatchObject({ remaining: 0, perYear: 0, met: true })
  })
  it("says the period is over instead of dividing by zero", () => {
    for (const currentYear of [2025, 2026]) {
      const r = requiredYearlyAdditions({ current: 1, target: 100, currentYear })
      expect(r.perYear).toBeUndefined()
      expect(r.notApplicable).toBe("periodOver")
      expect(r.remainingYears).toBe(0)
    }
  })
  it("takes the target year from a period, or directly", () => {
    expect(requiredYearlyAdditions({ current: 0, target: 10, currentYear: 2025, period: { from: 2026, to: 2030 } }).perYear).toBe(2)
    expect(requiredYearlyAdditions({ current: 0, target: 10, currentYear: 2025, targetYear: 2027 }).perYear).toBe(5)
  })
  it.each([
    [{ current: -1, target: 2, currentYear: 2023 }, "current"],
    [{ current: 1.5, target: 2, currentYear: 2023 }, "current"],
    [{ current: 1, target: Number.POSITIVE_INFINITY, currentYear: 2023 }, "target"],
    [{ current: 1, target: 2, currentYear: 1999 }, "currentYear"],
    [{ current: 1, target: 2 }, "currentYear"],
  ])("rejects %j at %s", (input, at) => {
    const r = requiredYearlyAdditionsFromUnknown(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.at).toBe(at)
  })
})

describe("requiredYearlyAdditions properties", () => {
  const input = fc.record({
    current: fc.nat({ max: 2 ** 40 }),
    target: fc.nat({ max: 2 ** 40 }),
    currentYear: fc.integer({ min: 2000, max: 2100 }),
    targetYear: fc.integer({ min: 2000, max: 2100 }),
  })
  it("× the remaining years reaches the target, and one less a year would not", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = requiredYearlyAdditions(i)
        if (r.perYear === undefined) {
          expect(i.targetYear).toBeLessThanOrEqual(i.currentYear)
          return
        }
        expect(Number.isInteger(r.perYear)).toBe(true)
        expect(i.current + r.perYear * r.remainingYears).toBeGreaterThanOrEqual(i.target)
        if (r.perYear > 0) expect(i.current + (r.perYear - 1) * r.remainingYears).toBeLessThan(i.target)
      }),
    )
  })
  it("never gives NaN or Infinity", () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const v of Object.values(requiredYearlyAdditions(i))) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true)
      }),
    )
  })
})
