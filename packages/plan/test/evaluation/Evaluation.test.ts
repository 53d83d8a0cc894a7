import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  cagr,
  cagrRatio,
  type Evaluated,
  EvaluateIndicatorInput,
  evaluateIndicator,
  evaluateIndicatorFromUnknown,
  evaluatePlan,
  linearPacing,
  planEvaluationTargets,
  progressChart,
} from "../../src/evaluation/index.ts"

const evaluated = (input: EvaluateIndicatorInput): Evaluated => {
  const r = evaluateIndicator(input)
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  if (r.success._tag !== "Evaluated") throw new Error(`no data: ${r.success.reason}`)
  return r.success
}

const yearly = (values: ReadonlyArray<number>, from = 2021) => values.map((value, i) => ({ year: from + i, value }))

describe("linearPacing", () => {
  it("applies the documented thresholds around time share", () => {
    expect(linearPacing(0.3, 0.6).status).toBe("lagging")
    expect(linearPacing(0.54, 0.6).status).toBe("onTrack")
    expect(linearPacing(0.66, 0.6).status).toBe("faster")
    expect(linearPacing(1.2, 0.6).status).toBe("achieved")
    expect(linearPacing(0.5, 0.6, { faster: 1.5, onTrack: 0.5 }).status).toBe("onTrack")
  })
  it("before any time has passed there is no ratio", () => {
    expect(linearPacing(0, 0)).toMatchObject({ paceRatio: undefined, status: "onTrack" })
  })
})

describe("cagr, cagrRatio, progressChart", () => {
  it("the stem-cell registry needs about 5 % a year from the implied 29,000 to 37,000", () => {
    expect(cagr(29_000, 37_000, 5)).toBeCloseTo((37 / 29) ** (1 / 5) - 1, 12)
  })
  it("a zero base is not applicable, never NaN", () => {
    const input = { base: { year: 2020, value: 0 }, latest: { year: 2023, value: 10 }, target: { year: 2025, value: 20 } }
    expect(cagrRatio(input)).toEqual({ _tag: "NotApplicable", reason: "zeroBase" })
    expect(progressChart(input)).toEqual({ _tag: "NotApplicable", reason: "zeroBase" })
  })
  it("categories follow Statistics Canada's thresholds", () => {
    const at = (value: number) =>
      cagrRatio({ base: { year: 2020, value: 100 }, latest: { year: 2023, value }, target: { year: 2025, value: 200 } })
    expect(at(250)).toMatchObject({ status: "targetAchieved" })
    expect(at(90)).toMatchObject({ status: "deterioration" })
    expect(at(105)).toMatchObject({ status: "limited" })
    // required 14.87 %/yr; 3 years at 14.5 % is a ratio of about 0.975
    expect(at(100 * 1.145 ** 3)).toMatchObject({ status: "substantial" })
  })
  it("the Progress Chart projects at the observed rate", () => {
    const r = progressChart({ base: { year: 2020, value: 100 }, latest: { year: 2023, value: 100 }, target: { year: 2025, value: 200 } })
    expect(r).toMatchObject({ _tag: "Assessed", projected: 100, ratio: 0, status: "stagnationOrRegression" })
  })
})

describe("evaluateIndicator", () => {
  it("mid-term: 45,000 of +80,000 holders after 3 of 5 years", () => {
    const e = evaluated({ kind: "increment", target: 80_000, date: "2023-12-31", observations: yearly([15_000, 15_000, 15_000]) })
    expect(e.completion).toBe(0.5625)
    expect(e.expected).toBe(0.6)
    expect(e.linear.status).toBe("onTrack")
    expect(e.requiredYearlyRate).toBe(17_500)
    expect(e.projectedLinear).toBe(75_000)
    expect(e.projectedCompound).toBeUndefined()
    expect(e.compoundNotApplicable).toBe("zeroBase")
    expect(e.cagr).toEqual({ _tag: "NotApplicable", reason: "zeroBase" })
  })
  it("an increment with a known base level can use the growth methods", () => {
    const e = evaluated({
      kind: "increment",
      target: 80_000,
      baseline: 60_000,
      date: "2023-12-31",
      observations: yearly([15_000, 15_000, 15_000]),
    })
    expect(e.cagr._tag).toBe("Assessed")
    expect(e.projectedCompound).toBeGreaterThan(e.projectedLinear)
  })
  it("a stock uses the implied baseline and its latest value, not a sum", () => {
    const e = evaluated({
      kind: "stock",
      target: 37_000,
      baseline: 29_000,
      date: "2023-12-31",
      observations: yearly([31_000, 32_000, 33_000]),
    })
    expect(e.achieved).toBe(33_000)
    expect(e.completion).toBe(0.5)
    expect(e.remaining).toBe(4_000)
    expect(e.requiredYearlyRate).toBe(2_000)
    expect(e.linear.status).toBe("lagging")
    expect(e.cagr).toMatchObject({ _tag: "Assessed", status: "moderate" })
  })
  it("final evaluation: period over, target met", () => {
    const e = evaluated({ kind: "increment", target: 500, date: "2025-12-31", observations: yearly([100, 100, 100, 100, 120]) })
    expect(e.linear.status).toBe("achieved")
    expect(e.remainingYears).toBe(0)
    expect(e.requiredYearlyRate).toBeUndefined()
    expect(e.requiredGrowthRate).toBeUndefined()
  })
  it("target already met early", () => {
    const e = evaluated({ kind: "increment", target: 2, date: "2022-06-30", observations: yearly([3]) })
    expect(e.linear.status).toBe("achieved")
    expect(e.remaining).toBe(0)
    expect(e.requiredYearlyRate).toBe(0)
  })
  it("before the period or before any data: no data, not a number", () => {
    const r = evaluateIndicator({ kind: "increment", target: 10, date: "2020-06-30", observations: yearly([1]) })
    expect(Result.isSuccess(r) && r.success).toEqual({ _tag: "NoData", date: "2020-06-30", reason: "noneByDate" })
    const none = evaluateIndicator({ kind: "increment", target: 10, date: "2023-12-31", observations: [] })
    expect(Result.isSuccess(none) && none.success._tag).toBe("NoData")
  })
  it("a single stock data point without a baseline has no growth rate", () => {
    const e = evaluated({ kind: "stock", target: 37_000, date: "2023-12-31", observations: [{ year: 2022, value: 30_000 }] })
    expect(e.cagr).toEqual({ _tag: "NotApplicable", reason: "noElapsedTime" })
    expect(Number.isFinite(e.completion)).toBe(true)
  })
  it("ignores observations after the date and counts them", () => {
    const e = evaluated({ kind: "increment", target: 100, date: "2022-12-31", observations: yearly([10, 10, 10]) })
    expect(e.dataAsOfYear).toBe(2022)
    expect(e.afterDate).toBe(1)
  })
  it("rejects years outside the period, duplicate years, negative values and impossible dates", () => {
    expect(Result.isFailure(evaluateIndicator({ kind: "increment", target: 1, date: "2023-12-31", observations: yearly([1], 2020) }))).toBe(
      true,
    )
    const dup = evaluateIndicator({ kind: "increment", target: 1, date: "2023-12-31", observations: [...yearly([1]), ...yearly([2])] })
    expect(Result.isFailure(dup) && dup.failure._tag).toBe("DuplicateYear")
    const bad = evaluateIndicatorFromUnknown({
      kind: "increment",
      target: 1,
      date: "2023-02-30",
      observations: [{ year: 2021, value: -1 }],
    })
    expect(bad.ok ? [] : bad.issues.map((i) => i.at)).toEqual(["observations[0].value", "date"])
  })
  it("the required yearly rate over the remaining years reaches the target", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 200_000 }),
        (values, target) => {
          const e = evaluated({ kind: "increment", target, date: "2025-12-31", observations: yearly(values) })
          return e.achieved + (e.requiredYearlyRate ?? 0) * e.remainingYears >= target - 1e-6
        },
      ),
    )
  })
  it("the required growth rate over the remaining years reaches a stock target", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 2021, max: 2024 }), (value, year) => {
        const e = evaluated({ kind: "stock", target: 37_000, baseline: 29_000, date: "2025-12-31", observations: [{ year, value }] })
        const reached = value * (1 + (e.requiredGrowthRate ?? 0)) ** e.remainingYears
        return reached >= 37_000 * (1 - 1e-9) || value >= 37_000
      }),
    )
  })
  it("never returns a non-finite number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("increment", "stock", "share", "annualFlow") as fc.Arbitrary<"increment" | "stock" | "share" | "annualFlow">,
        fc.array(fc.nat(1000), { maxLength: 5 }),
        fc.nat(2000),
        fc.option(fc.nat(1000), { nil: undefined }),
        (kind, values, target, baseline) => {
          const r = evaluateIndicator({
            kind,
            target,
            date: "2025-12-31",
            observations: yearly(values),
            ...(baseline === undefined ? {} : { baseline }),
          })
          const numbers = JSON.stringify(r, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? "NON-FINITE" : v))
          return !numbers.includes("NON-FINITE")
        },
      ),
    )
  })
  it("decode ∘ encode is the identity on valid inputs", () => {
    const arb = fc.record({
      kind: fc.constantFrom("increment", "stock", "share", "annualFlow") as fc.Arbitrary<"increment" | "stock" | "share" | "annualFlow">,
      target: fc.nat(),
      observations: fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2025 }), value: fc.nat() })),
      date: fc.constantFrom("2023-12-31", "2025-12-31", "2024-02-29"),
    })
    fc.assert(
      fc.property(arb, (i) => {
        expect(Schema.decodeUnknownSync(EvaluateIndicatorInput)(Schema.encodeSync(EvaluateIndicatorInput)(i))).toEqual(i)
      }),
    )
  })
})

describe("evaluatePlan", () => {
  it("covers the 15 indicators and the prose targets, with the stem-cell baseline implied", () => {
    expect(planEvaluationTargets.filter((t) => t.source === "indicator")).toHaveLength(15)
    const stem = planEvaluationTargets.find((t) => t.key === "stem-cell-registry")
    expect(stem).toMatchObject({ kind: "stock", target: 37_000, baseline: 29_000 })
    expect(planEvaluationTargets.map((t) => t.key)).toEqual(
      expect.arrayContaining(["disaster-reduction-facilities", "red-cross-angel-programme", "certificate-share"]),
    )
    expect(new Set(planEvaluationTargets.map((t) => t.key)).size).toBe(planEvaluationTargets.length)
  })
  it("counts categories and what lacks data at mid-term", () => {
    const e = evaluatePlan({
      date: "2023-12-31",
      data: {
        "certificate-holders": { observations: yearly([15_000, 15_000, 15_000]) },
        "public-aeds": { observations: yearly([5, 5, 5]) },
        "grassroots-organisations": { observations: yearly([200, 200]) },
        "stem-cell-registry": { observations: yearly([30_000, 31_000, 33_500]) },
        nonsense: { observations: [] },
      },
    })
    // holders 0.5625 of 0.6 and stem cells 4,500 of 8,000 (0.5625) broadly as expected; AEDs 0.3 of 0.6 behind;
    // grassroots 0.8 with data to 2022 (expected 0.4) faster
    expect(e.counts).toMatchObject({ onTrack: 2, lagging: 1, achieved: 0, faster: 1, noData: 11 })
    expect(e.counts.faster + e.counts.achieved + e.counts.onTrack + e.counts.lagging + e.counts.noData + e.counts.error).toBe(15)
    expect(e.onTrack).toBe(3)
    expect(e.summary.en).toBe("3 of 15 main indicators on track; 11 without data")
    expect(e.lackingData).toContain("members")
    expect(e.unknownKeys).toEqual(["nonsense"])
    expect(e.summary.zh).toContain("15 项主要指标中")
  })
})
