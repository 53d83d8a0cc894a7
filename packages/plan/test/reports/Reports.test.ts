import { Ajv2020 } from "ajv/dist/2020.js"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { evaluatePlan } from "../../src/evaluation/index.ts"
import { counties } from "../../src/Regions.ts"
import {
  aggregate,
  checkObservations,
  csvObservationInputs,
  evaluationData,
  ningxiaUnits,
  Observation,
  observationJsonSchema,
  parseCsv,
} from "../../src/reports/index.ts"

const csv = [
  "region,indicator,year,date,value,numerator,denominator",
  "640104,certificate-holders,2021,,1000,,",
  "640105,certificate-holders,2021,,500,,",
  "640202,certificate-holders,2022,,700,,",
  "640104,certificate-holders,2021,,999,,", // duplicate of line 2
  "640104,nonsense,2021,,1,,", // unknown indicator
  "649999,members,2021,,1,,", // unknown unit
  "640104,members,2026,,1,,", // outside the period
  "640104,members,2020,,1,,", // before the period: not allowed for an increment
  "640104,members,2022,,-3,,", // negative
  "640104,members,2022,,Infinity,,", // non-finite
  "640104,members,2023,,abc,,", // not a number
  "640100,stem-cell-registry,2020,,20000,,", // a stock's baseline year is allowed
  "640100,stem-cell-registry,2022,,21000,,",
  "640200,stem-cell-registry,2021,,9000,,",
  '640100,certificate-share,,2025-06-30,,"57,000",2859074',
  "640200,certificate-share,2025,,,15000,751389",
  "640300,certificate-share,2025,,12,,", // a share needs numerator and denominator
  "640300,members",
].join("\r\n")

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF and line breaks inside quotes, keeping the starting line", () => {
    const t = parseCsv('a,b\r\n"x, ""y""","multi\nline"\r\n\r\nlast,1\n')
    expect(t.header).toEqual(["a", "b"])
    expect(t.records).toEqual([
      { line: 2, fields: { a: 'x, "y"', b: "multi\nline" } },
      { line: 5, fields: { a: "last", b: "1" } },
    ])
    expect(t.problems).toEqual([])
  })
  it("reports wrong field counts and unterminated quotes with their line", () => {
    expect(parseCsv("a,b\n1\n").problems).toEqual([{ line: 2, message: expect.stringContaining("expected 2 fields") }])
    expect(parseCsv('a,b\n1,2\n"open,3\n').problems).toEqual([{ line: 3, message: expect.stringContaining("unterminated") }])
  })
  it("round-trips any table written with quotes", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "宁") })
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 10 }), (rows) => {
        const q = (s: string) => `"${s.replaceAll('"', '""')}"`
        const text = ["x,y", ...rows.map(([a, b]) => `${q(a)},${q(b)}`)].join("\n")
        const t = parseCsv(text)
        expect(t.records.map((r) => [r.fields.x, r.fields.y])).toEqual(rows)
      }),
    )
  })
})

describe("checkObservations", () => {
  const table = parseCsv(csv)
  const checked = checkObservations(csvObservationInputs(table.records))
  it("rejects bad rows one by one with their line and reason; nothing is dropped", () => {
    expect(table.problems).toEqual([{ line: 19, message: expect.stringContaining("expected 7 fields") }])
    const byLine = new Map(checked.rejected.map((r) => [r.line, r.reasons.join("; ")]))
    expect([...byLine.keys()]).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 18])
    expect(byLine.get(5)).toContain("duplicate of line 2")
    expect(byLine.get(6)).toContain("unknown indicator")
    expect(byLine.get(7)).toContain("unknown unit")
    expect(byLine.get(8)).toContain("outside 2021–2025")
    expect(byLine.get(10)).toContain("must not be negative")
    expect(byLine.get(11)).toContain("finite")
    expect(byLine.get(12)).toContain("must be a number")
    expect(byLine.get(18)).toContain("numerator")
    expect(checked.accepted.size + checked.rejected.length + table.problems.length).toBe(csv.split("\r\n").length - 1)
  })
  it("aggregates increments by sum, stocks by latest value, shares by numerators and denominators", () => {
    const a = aggregate(checked.accepted)
    const holders = a.get("640000")?.get("certificate-holders")
    expect(holders?.total).toBe(2_200)
    expect(a.get("640100")?.get("certificate-holders")?.total).toBe(1_500)
    expect(a.get("640200")?.get("certificate-holders")?.values).toEqual([0, 0, 700, 0, 0, 0])
    // Yinchuan 20,000 → 21,000 (2022); Shizuishan 9,000 from 2021 on, carried forward
    expect(a.get("640000")?.get("stem-cell-registry")?.values).toEqual([20_000, 29_000, 30_000, 30_000, 30_000, 30_000])
    const share = a.get("640000")?.get("certificate-share")
    expect(share?.numerators[5]).toBe(72_000)
    expect(share?.denominators[5]).toBe(2_859_074 + 751_389)
    expect(share?.total).toBeCloseTo(72_000 / (2_859_074 + 751_389), 12)
  })
  it("feeds the whole-plan evaluation", () => {
    const data = evaluationData(aggregate(checked.accepted), "640000")
    expect(data["stem-cell-registry"]).toEqual({
      baseline: 20_000,
      observations: [2021, 2022, 2023, 2024, 2025].map((year, k) => ({ year, value: k === 0 ? 29_000 : 30_000 })),
    })
    const e = evaluatePlan({ date: "2022-12-31", data })
    expect(e.items.find((i) => i.target.key === "certificate-holders")?.result._tag).toBe("Evaluated")
  })
})

const rowsOf = <A>(inputs: ReadonlyArray<A>) => inputs.map((input, k) => ({ line: k + 2, input }))

describe("checkObservations: one place at one level", () => {
  it("rejects a city row and its counties' rows for the same indicator and year, naming the city and the lines", () => {
    const r = checkObservations(
      rowsOf([
        { region: "640100", indicator: "members", year: 2023, value: 900 }, // line 2: Yinchuan as a whole
        { region: "640104", indicator: "members", year: 2023, value: 300 }, // line 3: a county of Yinchuan
        { region: "640105", indicator: "members", year: 2023, value: 200 }, // line 4: another
        { region: "640104", indicator: "members", year: 2024, value: 100 }, // line 5: another year, no city row
        { region: "640202", indicator: "members", year: 2023, value: 50 }, // line 6: a county of Shizuishan
        { region: "640100", indicator: "certificate-holders", year: 2023, value: 10 }, // line 7: another indicator
      ]),
    )
    const byLine = new Map(r.rejected.map((x) => [x.line, x.reasons.join("; ")]))
    expect([...byLine.keys()]).toEqual([2, 3, 4])
    expect(byLine.get(2)).toContain("for city 640100 here and for its counties on lines 3 (640104), 4 (640105)")
    expect(byLine.get(3)).toContain("for the whole city 640100 on line 2 (640100)")
    expect(byLine.get(4)).toContain("members 2023")
    expect(byLine.get(2)).toContain("重叠")
    const a = aggregate(r.accepted)
    expect(a.get("640000")?.get("members")?.values).toEqual([0, 0, 0, 50, 100, 0])
    expect(a.get("640100")?.get("certificate-holders")?.total).toBe(10)
  })
  it("rejects a region row beside any city or county row, and a stock at two levels in any years", () => {
    const r = checkObservations(
      rowsOf([
        { region: "640000", indicator: "members", year: 2022, value: 5000 }, // line 2
        { region: "640202", indicator: "members", year: 2022, value: 40 }, // line 3
        { region: "640100", indicator: "stem-cell-registry", year: 2021, value: 20000 }, // line 4
        { region: "640104", indicator: "stem-cell-registry", year: 2023, value: 8000 }, // line 5: carried into later years too
        { region: "640200", indicator: "stem-cell-registry", year: 2021, value: 9000 }, // line 6: another city, fine
      ]),
    )
    const byLine = new Map(r.rejected.map((x) => [x.line, x.reasons.join("; ")]))
    expect([...byLine.keys()]).toEqual([2, 3, 4, 5])
    expect(byLine.get(2)).toContain("for the whole region here and for its cities or counties on lines 3 (640202)")
    expect(byLine.get(3)).toContain("for the whole region on line 2 (640000)")
    expect(byLine.get(4)).toContain("in any year")
    expect(aggregate(r.accepted).get("640000")?.get("stem-cell-registry")?.total).toBe(9000)
  })
  it("does not compare a county whose city is not among the reporting cities with another city's rows", () => {
    const units = {
      region: "640000",
      cities: ["640100"],
      units: [
        { code: "640000", city: undefined },
        { code: "640100", city: "640100" },
        { code: "640302", city: "640300" }, // its city does not report
      ],
    }
    const r = checkObservations(
      rowsOf([
        { region: "640100", indicator: "members", year: 2022, value: 10 },
        { region: "640302", indicator: "members", year: 2023, value: 20 },
      ]),
      { units },
    )
    expect(r.rejected).toEqual([])
    expect(aggregate(r.accepted).get("640000")?.get("members")?.total).toBe(30)
  })
  it("never counts one unit-year twice, and drops nothing", () => {
    const places = ["640000", "640100", "640104", "640105", "640200", "640202"]
    const indicators = ["members", "stem-cell-registry"]
    const row = fc.record({
      region: fc.constantFrom(...places),
      indicator: fc.constantFrom(...indicators),
      year: fc.integer({ min: 2021, max: 2025 }),
      value: fc.nat({ max: 1000 }),
    })
    const unitOf = new Map(ningxiaUnits.units.map((u) => [u.code, u]))
    // Which counties a row speaks for: the region all, a city its counties, a county itself.
    const covers = (code: string) =>
      counties.filter((c) => code === ningxiaUnits.region || c.cityCode === code || c.code === code).map((c) => c.code)
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (inputs) => {
        const rows = rowsOf(inputs)
        const r = checkObservations(rows)
        expect(r.accepted.size + r.rejected.length).toBe(rows.length)
        const accepted = Array.from({ length: r.accepted.size }, (_, k) => rows[(r.accepted.lines[k] ?? 0) - 2]?.input)
        const counted = new Map<string, number>()
        for (const o of accepted) {
          if (o === undefined) continue
          // A stock's level is carried forward until the same unit reports a newer one.
          const later = accepted
            .filter((x) => x !== undefined && x.region === o.region && x.indicator === o.indicator && x.year > o.year)
            .map((x) => x?.year ?? 2026)
          const until = Math.min(2026, ...later)
          const years =
            o.indicator === "stem-cell-registry" ? [2021, 2022, 2023, 2024, 2025].filter((y) => y >= o.year && y < until) : [o.year]
          for (const county of covers(o.region))
            for (const y of years) {
              const key = `${county}|${o.indicator}|${y}`
              counted.set(key, (counted.get(key) ?? 0) + 1)
            }
        }
        for (const [key, times] of counted) expect([key, times]).toEqual([key, 1])
        // The aggregate counts each accepted increment once for the region and once for its city.
        const a = aggregate(r.accepted)
        const members = accepted.filter((o) => o?.indicator === "members")
        const sum = (xs: typeof members) => xs.reduce((t, o) => t + (o?.value ?? 0), 0)
        expect(a.get("640000")?.get("members")?.total).toBe(sum(members))
        for (const city of ningxiaUnits.cities)
          expect(a.get(city)?.get("members")?.total).toBe(
            sum(members.filter((o) => o !== undefined && unitOf.get(o.region)?.city === city)),
          )
      }),
    )
  })
})

describe("checkObservations: duplicates", () => {
  it("names the first accepted row of the same unit, indicator and year (or date) for every duplicate", () => {
    const r = checkObservations(
      rowsOf([
        { region: "640104", indicator: "members", year: 2023, value: 1 }, // line 2
        { region: "640105", indicator: "members", year: 2023, value: 2 }, // line 3
        { region: "640104", indicator: "members", year: 2023, value: 3 }, // line 4: duplicate of 2
        { region: "640104", indicator: "members", year: 2024, value: 4 }, // line 5
        { region: "640104", indicator: "members", year: 2023, value: 5 }, // line 6: duplicate of 2
        { region: "640105", indicator: "members", year: 2023, value: 6 }, // line 7: duplicate of 3
        { region: "640104", indicator: "members", date: "2023-06-30", value: 7 }, // line 8: dated, not a duplicate of 2
        { region: "640104", indicator: "members", date: "2023-06-30", value: 8 }, // line 9: duplicate of 8
        { region: "640104", indicator: "members", year: 2024, value: 9 }, // line 10: duplicate of 5
      ]),
    )
    expect(r.rejected.map((x) => [x.line, x.reasons.join("; ")])).toEqual(
      [
        [4, 2],
        [6, 2],
        [7, 3],
        [9, 8],
        [10, 5],
      ].map(([line, of]) => [line, expect.stringContaining(`duplicate of line ${of}`)]),
    )
    expect(Array.from(r.accepted.lines.subarray(0, r.accepted.size))).toEqual([2, 3, 5, 8])
  })
  it("agrees with a plain model on which rows are duplicates and of which line", () => {
    const row = fc.record({
      region: fc.constantFrom("640104", "640105", "640202"),
      indicator: fc.constantFrom("members", "certificate-holders"),
      year: fc.integer({ min: 2021, max: 2025 }),
      value: fc.nat({ max: 100 }),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (inputs) => {
        const firstLine = new Map<string, number>()
        const expected: Array<[number, string]> = []
        inputs.forEach((o, k) => {
          const key = `${o.region}|${o.indicator}|${o.year}`
          const earlier = firstLine.get(key)
          if (earlier === undefined) firstLine.set(key, k + 2)
          else expected.push([k + 2, `duplicate of line ${earlier}`])
        })
        const r = checkObservations(rowsOf(inputs))
        expect(r.rejected.map((x) => [x.line, x.reasons[0]?.split(" | ")[0]])).toEqual(expected)
        expect(r.accepted.size).toBe(inputs.length - expected.length)
      }),
    )
  })
})

describe("Observation", () => {
  it("names the field and the broken rule in both languages, one message per field", () => {
    const r = checkObservations(rowsOf([{ region: "6401", indicator: "members", year: 2021.5, value: Number.NaN }]))
    expect(r.rejected[0]?.reasons).toEqual([
      "region: must be a six-digit Ningxia division code such as 640100 | 地区（region）必须是 6 位宁夏行政区划代码，如 640100",
      "year: must be a whole year | 年份（year）必须是整年",
      "value: must be a finite number | 数值（value）必须是有限的数字",
    ])
    const more = checkObservations(rowsOf([{ region: "640104", indicator: "members", year: 1999, numerator: -1, denominator: "x" }]))
    expect(more.rejected[0]?.reasons).toEqual([
      "year: must be a year from 2000 to 2100 | 年份（year）必须是 2000–2100 年之间的年份",
      "numerator: must not be negative | 分子（numerator）不能为负数",
      "denominator: must be a number | 分母（denominator）必须是数字",
    ])
  })

  it("has a JSON Schema for other systems", () => {
    const ajv = new Ajv2020({ strict: false })
    const validate = ajv.compile(observationJsonSchema)
    expect(validate({ region: "640104", indicator: "members", year: 2023, value: 5 })).toBe(true)
    expect(validate({ region: "640104", indicator: "members", year: 2023, value: -5 })).toBe(false)
    expect(validate({ indicator: "members", year: 2023, value: 5 })).toBe(false)
    expect(validate({ region: "640104", indicator: "nonsense", year: 2023, value: 5 })).toBe(false)
    expect(validate({ region: "6401", indicator: "members", year: 2023, value: 5 })).toBe(false)
    expect(validate({ region: "640104", indicator: "members", year: 2023.5, value: 5 })).toBe(false)
  })
  it("decode ∘ encode is the identity on valid observations", () => {
    const arb = fc.record(
      {
        region: fc.constantFrom("640000", "640100", "640522"),
        indicator: fc.constantFrom("members", "certificate-share"),
        year: fc.integer({ min: 2021, max: 2025 }),
        value: fc.nat(),
      },
      { requiredKeys: ["region", "indicator", "year", "value"] },
    )
    fc.assert(
      fc.property(arb, (o) => {
        expect(Schema.decodeUnknownSync(Observation)(Schema.encodeSync(Observation)(o))).toEqual(o)
      }),
    )
  })
})
