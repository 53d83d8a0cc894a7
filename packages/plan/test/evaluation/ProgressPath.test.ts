import * as Result from "effect/Result"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { evaluateIndicator, evaluatePlan, progressPath, progressPathFromUnknown } from "../../src/evaluation/index.ts"
import { planDefaults, targetPath } from "../../src/formulas/index.ts"

const success = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`)
  return r.success
}

describe("progressPath", () => {
  it("puts the certificate holders added so far beside the cumulative target path", () => {
    const observations = [2021, 2022, 2023].map((year) => ({ year, value: 15_000 }))
    const p = success(progressPath({ kind: "increment", target: planDefaults.certificateIncrease, observations }))
    const path = success(targetPath({ baseline: 0, target: planDefaults.certificateIncrease }))
    expect(p.years.map((y) => y.planned)).toEqual(path.linear.map((y) => y.value))
    expect(p.years.map((y) => y.actual)).toEqual([15_000, 30_000, 45_000, undefined, undefined])
    expect(p.years.map((y) => y.expected)).toEqual([0.2, 0.4, 0.6, 0.8, 1])
    const mid = success(evaluateIndicator({ kind: "increment", target: 80_000, observations, date: "2023-12-31" }))
    expect(mid._tag === "Evaluated" && mid.completion).toBe(p.years[2]?.completion)
  })
  it("paces a stock from its baseline, and from its first observation without one", () => {
    const withBase = success(
      progressPath({ kind: "stock", target: 37_000, baseline: 29_000, observations: [{ year: 2022, value: 31_000 }] }),
    )
    expect(withBase.start).toEqual({ year: 2020, value: 29_000 })
    expect(withBase.years.map((y) => y.planned)).toEqual([30_600, 32_200, 33_800, 35_400, 37_000])
    expect(withBase.years[1]?.actual).toBe(31_000)
    const fromFirst = success(progressPath({ kind: "share", target: 0.02, observations: [{ year: 2022, value: 0.012 }] }))
    expect(fromFirst.start).toEqual({ year: 2022, value: 0.012 })
    expect(fromFirst.years[0]?.planned).toBeUndefined()
    expect(fromFirst.years[4]?.planned).toBe(0.02)
    expect(success(progressPath({ kind: "stock", target: 5, observations: [] })).start).toBeUndefined()
  })
  it("rejects what evaluateIndicator rejects", () => {
    const r = progressPathFromUnknown({ kind: "stock", target: 1, observations: [{ year: 2030, value: 1 }] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.at).toBe("observations.0.year")
  })
  it("has one year per year of the period and no NaN", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e6 }), { maxLength: 5 }), fc.nat({ max: 1e7 }), (values, target) => {
        const observations = values.map((value, i) => ({ year: 2021 + i, value }))
        const p = success(progressPath({ kind: "increment", target, observations }))
        expect(p.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025])
        for (const y of p.years) for (const v of Object.values(y)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true)
      }),
    )
  })
})

describe("evaluatePlan counts per method", () => {
  const data = {
    "certificate-holders": { observations: [2021, 2022, 2023].map((year) => ({ year, value: 15_000 })) },
    "stem-cell-registry": { observations: [2021, 2022, 2023].map((year, i) => ({ year, value: 30_000 + 1_500 * i })) },
  }
  const e = evaluatePlan({ date: "2023-12-31", data })
  it("counts every main indicator once under each method", () => {
    for (const counts of Object.values(e.countsByMethod)) {
      expect(Object.values(counts).reduce((a: number, b: number) => a + b, 0)).toBe(e.indicatorCount)
    }
    expect(e.countsByMethod.linear).toEqual(e.counts)
  })
  it("agrees with each indicator's status", () => {
    const registry = e.items.find((i) => i.target.key === "stem-cell-registry")?.result
    if (registry?._tag !== "Evaluated") throw new Error("not evaluated")
    expect(registry.cagr._tag).toBe("Assessed")
    if (registry.cagr._tag === "Assessed") expect(e.countsByMethod.cagr[registry.cagr.status]).toBe(1)
    if (registry.progressChart._tag === "Assessed") expect(e.countsByMethod.progressChart[registry.progressChart.status]).toBe(1)
    // the certificate increment counts from zero: growth methods do not apply
    expect(e.countsByMethod.cagr.notApplicable).toBe(1)
    expect(e.countsByMethod.progressChart.notApplicable).toBe(1)
    expect(e.countsByMethod.cagr.noData).toBe(13)
  })
})
