import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  AllocationInput,
  allocate,
  allocateFromUnknown,
  CertificateShareInput,
  ceilShareOf,
  certificateShare,
  certificateShareFromUnknown,
  cityWeights,
  coverage,
  fundraising,
  messageIn,
  planDefaults,
  schoolsRatio,
  stemCellRegistry,
  teacherRatio,
  teacherRatioFromUnknown,
  validCertificates,
} from "../../src/formulas/index.ts"
import { regionCensusPopulation } from "../../src/Regions.ts"

const success = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`)
  return r.success
}
const failure = <A, E>(r: Result.Result<A, E>): E => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("planDefaults", () => {
  it("reads the plan's figures from the data", () => {
    expect(planDefaults.certificateShare).toBe(0.02)
    expect(planDefaults.certificateIncrease).toBe(80_000)
    expect(planDefaults.pupilsPerTeacher).toBe(50)
    expect(planDefaults.stemCellRegistryTotal).toBe(37_000)
    expect(planDefaults.stemCellRegistryIncrease).toBe(8_000)
    expect(planDefaults.fundsPerYear).toBe(1_500_000)
    expect(planDefaults.fundsTotal).toBe(7_500_000)
    expect(planDefaults.period).toEqual({ from: 2021, to: 2025 })
    expect(planDefaults.population).toBe(regionCensusPopulation)
  })
  it("the yearly amount over the period equals the total and the table's figure", () => {
    const years = planDefaults.period.to - planDefaults.period.from + 1
    expect(planDefaults.fundsPerYear * years).toBe(planDefaults.fundsTotal)
    expect(planDefaults.fundsTableIncrease).toBe(planDefaults.fundsTotal)
  })
})

describe("ceilShareOf", () => {
  it("is exact where floating point is not", () => {
    expect(Math.ceil(0.07 * 100)).toBe(8)
    expect(ceilShareOf(0.07, 100)).toBe(7)
  })
  it("is the least whole number at or above share × whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100_000_000 }), (permyriad, whole) => {
        const share = permyriad / 10_000
        const r = ceilShareOf(share, whole)
        // compare in integers: r × 10000 ≥ permyriad × whole > (r − 1) × 10000
        return r * 10_000 >= permyriad * whole && (r - 1) * 10_000 < permyriad * whole
      }),
    )
  })
})

describe("certificateShare", () => {
  it("needs ⌈2 % × 7,202,654⌉ = 144,054 holders region-wide", () => {
    const r = success(certificateShare({ holders: 100_000, population: regionCensusPopulation }))
    expect(r.requiredHolders).toBe(144_054)
    expect(r.shortfall).toBe(44_054)
    expect(r.meetsMinimum).toBe(false)
  })
  it("measures the +80,000 increase over the end-2020 holders", () => {
    const r = success(certificateShare({ holders: 150_000, population: regionCensusPopulation, baselineHolders: 60_000 }))
    expect(r.meetsMinimum).toBe(true)
    expect(r.increase).toEqual({
      baselineHolders: 60_000,
      target: 80_000,
      targetHolders: 140_000,
      achieved: 90_000,
      remaining: 0,
      met: true,
    })
  })
  it("zero population is a typed error, not NaN", () => {
    expect(failure(certificateShare({ holders: 0, population: 0 }))._tag).toBe("ZeroPopulation")
    const plain = certificateShareFromUnknown({ holders: 0, population: 0 })
    expect(plain.ok).toBe(false)
  })
  it("rejects negative, fractional, non-finite and missing values with the field named", () => {
    const r = certificateShareFromUnknown({ holders: -1, population: 1.5, minimumShare: Number.NaN })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => i.at)).toEqual(expect.arrayContaining(["holders", "population", "minimumShare"]))
    expect(messageIn(r.issues[0]?.message ?? "", "zh")).toBe("不能为负数")
    const missing = certificateShareFromUnknown({})
    expect(missing.ok ? [] : missing.issues.map((i) => messageIn(i.message, "zh"))).toEqual(["缺少此项", "缺少此项"])
  })
  it("the share is monotone in the numerator", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.integer({ min: 1, max: 10_000_000 }), (a, b, population) => {
        const lo = success(certificateShare({ holders: Math.min(a, b), population }))
        const hi = success(certificateShare({ holders: Math.max(a, b), population }))
        return lo.share <= hi.share && lo.shortfall >= hi.shortfall
      }),
    )
  })
  it("decode ∘ encode is the identity on valid inputs", () => {
    const arb = fc.record(
      { holders: fc.nat(), population: fc.nat(), minimumShare: fc.double({ min: 0.0001, max: 1, noNaN: true }), baselineHolders: fc.nat() },
      { requiredKeys: ["holders", "population"] },
    )
    fc.assert(
      fc.property(arb, (input) => {
        const encoded = Schema.encodeSync(CertificateShareInput)(input)
        expect(Schema.decodeUnknownSync(CertificateShareInput)(encoded)).toEqual(input)
      }),
    )
  })
})

describe("validCertificates", () => {
  it("excludes expired certificates", () => {
    const issued = [
      { year: 2021, count: 10 },
      { year: 2022, count: 20 },
      { year: 2025, count: 5 },
    ]
    expect(validCertificates({ issued, asOfYear: 2023, validityYears: 3 })).toEqual({ valid: 30, expired: 0, notYetIssued: 5 })
    expect(validCertificates({ issued, asOfYear: 2024, validityYears: 3 })).toEqual({ valid: 20, expired: 10, notYetIssued: 5 })
  })
})

describe("teacherRatio", () => {
  it("38,000 pupils need ⌈38000 ÷ 50⌉ = 760 trained teachers", () => {
    const r = teacherRatio({ trainedStaff: 700, pupils: 38_000 })
    expect(r.required).toBe(760)
    expect(r.shortfall).toBe(60)
    expect(r.ratioText).toBe("1 : 54.3")
  })
  it("meets the rule exactly at 1 : 50", () => {
    expect(teacherRatio({ trainedStaff: 760, pupils: 38_000 }).meets).toBe(true)
    expect(teacherRatio({ trainedStaff: 760, pupils: 38_001 }).meets).toBe(false)
  })
  it("zero pupils need no teacher; zero teachers have no finite ratio", () => {
    expect(teacherRatio({ trainedStaff: 0, pupils: 0 })).toMatchObject({ required: 0, meets: true, pupilsPerTrained: undefined })
    expect(teacherRatio({ trainedStaff: 0, pupils: 120 })).toMatchObject({ required: 3, meets: false, ratioText: "0 : 120" })
  })
  it("rejects bad input", () => {
    expect(teacherRatioFromUnknown({ trainedStaff: 1, pupils: Number.POSITIVE_INFINITY }).ok).toBe(false)
    expect(teacherRatioFromUnknown({ trainedStaff: 1, pupils: 10, pupilsPerTeacher: 0 }).ok).toBe(false)
  })
  it("required staff always meets the rule and one fewer does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 200 }), (pupils, n) => {
        const r = teacherRatio({ trainedStaff: 0, pupils, pupilsPerTeacher: n })
        return r.required * n >= pupils && (r.required - 1) * n < pupils
      }),
    )
  })
})

describe("schoolsRatio", () => {
  it("the aggregate can pass while schools fail", () => {
    const r = schoolsRatio({
      schools: [
        { name: "一中", trainedStaff: 10, pupils: 100 },
        { name: "二中", trainedStaff: 0, pupils: 120 },
      ],
    })
    expect(r.aggregate.meets).toBe(true)
    expect(r.failing).toEqual(["二中"])
    expect(r.failingCount).toBe(1)
    expect(r.shortfallBySchool).toBe(3)
  })
})

describe("stemCellRegistry", () => {
  it("implies a 2020 baseline of 37,000 − 8,000 = 29,000", () => {
    const r = success(stemCellRegistry({ capacity: 31_000, asOfYear: 2022 }))
    expect(r.impliedBaseline).toBe(29_000)
    expect(r.added).toBe(2_000)
    expect(r.remaining).toBe(6_000)
    expect(r.requiredYearlyAdditions).toBe(2_000)
  })
  it("the required yearly additions over the remaining years reach the target", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 2020, max: 2024 }), (capacity, asOfYear) => {
        const r = success(stemCellRegistry({ capacity, asOfYear }))
        return capacity + (r.requiredYearlyAdditions ?? 0) * r.remainingYears >= r.totalTarget
      }),
    )
  })
  it("says when the period is over instead of dividing by zero", () => {
    const r = success(stemCellRegistry({ capacity: 36_000, asOfYear: 2025, donations: 120 }))
    expect(r.requiredYearlyAdditions).toBeUndefined()
    expect(r.notApplicable).toBe("periodOver")
    expect(r.donations).toEqual({ donations: 120, target: 100, remaining: 0, met: true })
  })
  it("rejects an increase larger than the total and a year before the baseline", () => {
    expect(failure(stemCellRegistry({ capacity: 1, asOfYear: 2022, totalTarget: 10, increaseTarget: 11 }))._tag).toBe(
      "IncreaseExceedsTotal",
    )
    expect(failure(stemCellRegistry({ capacity: 1, asOfYear: 2015 }))._tag).toBe("BeforeBaseline")
  })
})

describe("coverage", () => {
  it("lists covered and missing cities and user-marked disaster-prone counties", () => {
    const r = success(
      coverage({
        rule: "rescue-teams",
        counts: [
          { code: "640100", count: 1 },
          { code: "640400", count: 3 },
          { code: "640522", count: 0 },
        ],
        disasterProneCounties: ["640522", "640422"],
      }),
    )
    expect(r.covered).toEqual(["640100", "640400"])
    expect(r.missing).toEqual(["640200", "640300", "640500", "640422", "640522"])
    expect(r.units).toHaveLength(7)
    expect(r.quote).toContain("救援队伍")
  })
  it("relief depots apply to the region and Guyuan", () => {
    const r = success(coverage({ rule: "relief-depots", counts: [{ code: "640000", count: 1 }] }))
    expect(r.covered).toEqual(["640000"])
    expect(r.missing).toEqual(["640400"])
  })
  it("rejects unknown units and cities given as counties", () => {
    expect(failure(coverage({ rule: "rescue-teams", counts: [{ code: "649999", count: 1 }] }))._tag).toBe("UnknownUnit")
    expect(failure(coverage({ rule: "rescue-teams", counts: [], disasterProneCounties: ["640100"] }))._tag).toBe("NotACounty")
  })
})

describe("fundraising", () => {
  it("compares each year with 150 万元 and the running total with plan", () => {
    const r = success(
      fundraising({
        yearly: [
          { year: 2021, amount: 1_600_000 },
          { year: 2022, amount: 1_200_000 },
          { year: 2023, amount: 1_500_000 },
        ],
      }),
    )
    expect(r.years.map((y) => y.metYear)).toEqual([true, false, true, false, false])
    expect(r.years[2]?.cumulativeGap).toBe(4_300_000 - 4_500_000)
    expect(r.remaining).toBe(3_200_000)
    expect(r.requiredPerRemainingYear).toBe(1_600_000)
  })
  it("flags gaps and rejects years outside the period or given twice", () => {
    const r = success(fundraising({ yearly: [{ year: 2023, amount: 1 }] }))
    expect(r.missingYears).toEqual([2021, 2022])
    expect(failure(fundraising({ yearly: [{ year: 2020, amount: 1 }] }))._tag).toBe("YearOutsidePeriod")
    expect(
      failure(
        fundraising({
          yearly: [
            { year: 2021, amount: 1 },
            { year: 2021, amount: 2 },
          ],
        }),
      )._tag,
    ).toBe("DuplicateYear")
  })
  it("after the period there is no required rate", () => {
    const yearly = [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, amount: 1_500_000 }))
    const r = success(fundraising({ yearly }))
    expect(r.completion).toBe(1)
    expect(r.requiredPerRemainingYear).toBeUndefined()
  })
})

describe("allocate", () => {
  it("splits 500 grassroots organisations across the cities by census population", () => {
    const r = success(allocate({ total: 500, units: cityWeights(1) }))
    expect(r.parts.reduce((a, p) => a + p.part, 0)).toBe(500)
    // quotas 198.47, 52.16, 95.99, 79.28, 74.09: floors 498, the two largest remainders (0.99, 0.47) get one more
    expect(r.parts.map((p) => p.part)).toEqual([199, 52, 96, 79, 74])
  })
  it("minimums that cannot be met are a clear error", () => {
    const r = allocateFromUnknown({ total: 4, units: cityWeights(1) })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.message).toContain("5")
  })
  it("all-zero weights with something left to share is an error", () => {
    expect(
      failure(
        allocate({
          total: 3,
          units: [
            { code: "a", weight: 0 },
            { code: "b", weight: 0 },
          ],
        }),
      )._tag,
    ).toBe("NoWeight")
  })
  const arbInput = fc
    .array(fc.record({ weight: fc.integer({ min: 0, max: 1_000_000 }), minimum: fc.nat(5) }), { minLength: 1, maxLength: 30 })
    .chain((units) =>
      fc.record({
        total: fc.integer({ min: units.reduce((a, u) => a + u.minimum, 0), max: 100_000 }),
        units: fc.constant(units.map((u, i) => ({ code: `u${i}`, weight: u.weight + 1, minimum: u.minimum }))),
      }),
    )
  it("parts sum to the total, respect minimums, and are deterministic", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const a = success(allocate(input))
        const b = success(allocate(structuredClone(input)))
        expect(a).toEqual(b)
        expect(a.parts.reduce((s, p) => s + p.part, 0)).toBe(input.total)
        for (const p of a.parts) expect(p.part).toBeGreaterThanOrEqual(p.minimum)
        for (const p of a.parts) expect(Math.abs(p.part - p.quota)).toBeLessThan(1)
      }),
    )
  })
  it("does not mutate its input, and decode ∘ encode is the identity", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const copy = structuredClone(input)
        allocate(input)
        expect(input).toEqual(copy)
        expect(Schema.decodeUnknownSync(AllocationInput)(Schema.encodeSync(AllocationInput)(input))).toEqual(input)
      }),
    )
  })
})
