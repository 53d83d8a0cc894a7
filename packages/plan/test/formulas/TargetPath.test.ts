import * as Result from "effect/Result"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { planDefaults, type TargetPath, targetPath, targetPathFromUnknown } from "../../src/formulas/index.ts"

const success = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`)
  return r.success
}

const registryBaseline = planDefaults.stemCellRegistryTotal - planDefaults.stemCellRegistryIncrease

describe("targetPath", () => {
  it("paces the stem-cell registry from the implied 29,000 to 37,000", () => {
    const p = success(targetPath({ baseline: registryBaseline, target: planDefaults.stemCellRegistryTotal }))
    expect(p.start).toEqual({ year: 2020, value: 29_000 })
    expect(p.linear.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(p.linear.map((y) => y.value)).toEqual([30_600, 32_200, 33_800, 35_400, 37_000])
    expect(p.linear.every((y) => y.added === planDefaults.stemCellRegistryIncrease / 5)).toBe(true)
    expect(p.compound?.map((y) => y.value)).toEqual([30_448, 31_969, 33_565, 35_241, 37_000])
    expect(p.growthRate?.toFixed(4)).toBe("0.0499")
  })

  it("gives the cumulative additions of an increment from zero, without compound growth", () => {
    const p = success(targetPath({ baseline: 0, target: planDefaults.certificateIncrease }))
    expect(p.linear.map((y) => y.cumulative)).toEqual([16_000, 32_000, 48_000, 64_000, 80_000])
    expect(p.compound).toBeUndefined()
    expect(p.growthRate).toBeUndefined()
    expect(p.compoundNotApplicable).toBe("zeroBase")
  })

  it("rounds whole paths toward the target, larger additions first", () => {
    const p = success(targetPath({ baseline: 0, target: 8_001 }))
    expect(p.linear.map((y) => y.added)).toEqual([1_601, 1_600, 1_600, 1_600, 1_600])
    const down = success(targetPath({ baseline: 10, target: 3 }))
    expect(down.linear.map((y) => y.value)).toEqual([8, 7, 5, 4, 3])
  })

  it("does not round a share", () => {
    const p = success(targetPath({ baseline: 0.01, target: 0.02 }))
    expect(p.whole).toBe(false)
    expect(p.linear[0]?.value).toBeCloseTo(0.012, 12)
    expect(p.linear[4]?.value).toBe(0.02)
  })

  it("takes another period and a later baseline year", () => {
    const p = success(targetPath({ baseline: 37_000, target: 45_000, period: { from: 2026, to: 2030 } }))
    expect(p.linear.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    const late = success(targetPath({ baseline: 33_000, target: 37_000, baselineYear: 2023 }))
    expect(late.linear.map((y) => y.value)).toEqual([35_000, 37_000])
  })

  it("refuses a baseline year outside the period with a message naming the field", () => {
    for (const baselineYear of [2018, 2025, 2030]) {
      const r = targetPathFromUnknown({ baseline: 1, target: 2, baselineYear })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.issues[0]?.at).toBe("baselineYear")
    }
  })

  it.each([
    [{ baseline: -1, target: 2 }, "baseline"],
    [{ baseline: 1, target: Number.NaN }, "target"],
    [{ baseline: 1, target: Number.POSITIVE_INFINITY }, "target"],
    [{ baseline: 1, target: 2, period: { from: 2025, to: 2021 } }, "period.to"],
  ])("rejects %j at %s", (input, at) => {
    const r = targetPathFromUnknown(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.at).toBe(at)
  })
})

const pathInput = fc.record({
  baseline: fc.nat({ max: 1e9 }),
  target: fc.nat({ max: 1e9 }),
  from: fc.integer({ min: 2001, max: 2090 }),
  length: fc.integer({ min: 1, max: 10 }),
  shift: fc.nat({ max: 9 }),
})

const pathOf = (i: { baseline: number; target: number; from: number; length: number; shift: number }): TargetPath =>
  success(
    targetPath({
      baseline: i.baseline,
      target: i.target,
      period: { from: i.from, to: i.from + i.length - 1 },
      baselineYear: i.from - 1 + Math.min(i.shift, i.length - 1),
    }),
  )

const paths = (p: TargetPath) => [p.linear, ...(p.compound === undefined ? [] : [p.compound])]

describe("targetPath properties", () => {
  it("starts at the baseline, ends exactly at the target, one point a year", () => {
    fc.assert(
      fc.property(pathInput, (i) => {
        const p = pathOf(i)
        for (const path of paths(p)) {
          expect(path).toHaveLength(p.years)
          expect((path[0]?.value ?? Number.NaN) - (path[0]?.added ?? Number.NaN)).toBe(i.baseline)
          expect(path[path.length - 1]?.value).toBe(i.target)
          expect(path.reduce((sum, y) => sum + y.added, 0)).toBe(i.target - i.baseline)
        }
      }),
    )
  })
  it("moves monotonically toward the target in whole numbers", () => {
    fc.assert(
      fc.property(pathInput, (i) => {
        const sign = Math.sign(i.target - i.baseline)
        for (const path of paths(pathOf(i))) {
          for (const y of path) {
            expect(Number.isInteger(y.value)).toBe(true)
            expect(Math.sign(y.added) === sign || y.added === 0).toBe(true)
            expect(Math.abs(i.target - y.value)).toBeLessThanOrEqual(Math.abs(i.target - i.baseline))
          }
        }
      }),
    )
  })
  it("is never behind the exact linear line", () => {
    fc.assert(
      fc.property(pathInput, (i) => {
        const p = pathOf(i)
        p.linear.forEach((y, k) => {
          const exact = i.baseline + ((i.target - i.baseline) * (k + 1)) / p.years
          expect(i.target >= i.baseline ? y.value >= exact - 1e-6 : y.value <= exact + 1e-6).toBe(true)
          expect(Math.abs(y.value - exact)).toBeLessThan(1)
        })
      }),
    )
  })
  it("has a compound path exactly when the baseline and the target are above 0", () => {
    fc.assert(
      fc.property(pathInput, (i) => {
        expect(pathOf(i).compound !== undefined).toBe(i.baseline > 0 && i.target > 0)
      }),
    )
  })
  it("does not mutate its input", () => {
    const input = { baseline: 1, target: 9, period: { from: 2021, to: 2025 } }
    const copy = structuredClone(input)
    targetPath(input)
    expect(input).toEqual(copy)
  })
})
