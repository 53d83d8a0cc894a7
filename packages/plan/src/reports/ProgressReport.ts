/**
 * Progress reports (进展报告): the observation other systems send (the first-aid training
 * platform, 博爱通, statistics tools), as a schema and as JSON Schema for non-TypeScript systems.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import { IsoDate, planEvaluationTargets } from "../evaluation/Evaluate.ts"
import { bilingual } from "../formulas/Inputs.ts"

// Each field carries one rule check (besides the base type) whose message names the field and
// the broken rule in both languages: every check costs a call per row when a report of
// hundreds of thousands of rows is decoded, so rules of one field are combined, not chained.

const regionPattern = /^64\d{4}$/

const ReportRegion = Schema.String.annotate({ message: bilingual("must be text", "地区（region）必须是文本") })
  .check(
    Schema.makeFilter(
      (s: string) =>
        regionPattern.test(s)
          ? undefined
          : bilingual("must be a six-digit Ningxia division code such as 640100", "地区（region）必须是 6 位宁夏行政区划代码，如 640100"),
      { expected: "a six-digit Ningxia division code", toJsonSchema: () => ({ pattern: regionPattern.source }) },
    ),
  )
  .annotate({ identifier: "ReportRegion" })

const ReportIndicatorKey = Schema.Literals(planEvaluationTargets.map((t) => t.key))
  .annotate({
    message: bilingual(
      "unknown indicator: must be one of the plan's indicator keys, such as certificate-holders",
      "未知指标（indicator）：必须是规划的指标代码之一，如 certificate-holders",
    ),
  })
  .annotate({ identifier: "ReportIndicatorKey" })

/** A finite number; `zh` names the field in the Chinese half of the messages. */
const finite = (zh: string) =>
  Schema.Number.annotate({ message: bilingual("must be a number", `${zh}必须是数字`) }).check(
    Schema.isFinite({ message: bilingual("must be a finite number", `${zh}必须是有限的数字`) }),
  )

const ReportYear = finite("年份（year）")
  .check(
    Schema.makeFilter(
      (n: number) =>
        // Non-finite values already failed the base check; say nothing more about them.
        !Number.isFinite(n)
          ? undefined
          : !Number.isInteger(n)
            ? bilingual("must be a whole year", "年份（year）必须是整年")
            : n < 2000 || n > 2100
              ? bilingual("must be a year from 2000 to 2100", "年份（year）必须是 2000–2100 年之间的年份")
              : undefined,
      { expected: "a whole year from 2000 to 2100", toJsonSchema: () => ({ type: "integer", minimum: 2000, maximum: 2100 }) },
    ),
  )
  .annotate({ identifier: "ReportYear" })

const amount = (zh: string) =>
  finite(zh).check(
    Schema.makeFilter((n: number) => (n < 0 ? bilingual("must not be negative", `${zh}不能为负数`) : undefined), {
      expected: "a number of 0 or more",
      toJsonSchema: () => ({ minimum: 0 }),
    }),
  )

/**
 * One observation: which unit (division code), which indicator or target (its key, e.g.
 * `certificate-holders`, one of the plan's evaluation targets), when (a year, or a date), and
 * the value; a share sends its numerator and denominator instead. Increments report what was
 * added in that year; stocks report the level at that time.
 *
 * A unit reports for itself: a city's row is the whole city, a county's row that county.
 * A report must give an indicator's figure for a place at one level only: a city row and
 * rows of that city's counties for the same indicator and year (for a stock, in any year,
 * since a level is carried forward), or a region row beside city or county rows, overlap
 * and are rejected by {@link "reports/Aggregate"!checkObservations | checkObservations} rather than counted twice.
 *
 * @example
 * ```ts
 * const o: Observation = { region: "640104", indicator: "certificate-holders", year: 2023, value: 1250 }
 * const s: Observation = { region: "640100", indicator: "certificate-share", year: 2025, numerator: 60000, denominator: 2859074 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Observation = Schema.Struct({
  region: ReportRegion,
  indicator: ReportIndicatorKey,
  year: Schema.optionalKey(ReportYear),
  date: Schema.optionalKey(IsoDate),
  value: Schema.optionalKey(amount("数值（value）")),
  numerator: Schema.optionalKey(amount("分子（numerator）")),
  denominator: Schema.optionalKey(amount("分母（denominator）")),
})
  .check(
    Schema.makeFilter((o) => {
      if (o.year === undefined && o.date === undefined)
        return { path: ["year"], issue: bilingual("give a year or a date", "必须填写年份或日期") }
      if (o.year !== undefined && o.date !== undefined && !o.date.startsWith(`${o.year}-`)) {
        return { path: ["date"], issue: bilingual("the date is not in the given year", "日期与年份不一致") }
      }
      const hasShare = o.numerator !== undefined || o.denominator !== undefined
      if (hasShare && (o.numerator === undefined || o.denominator === undefined)) {
        return {
          path: [o.numerator === undefined ? "numerator" : "denominator"],
          issue: bilingual("a share needs both numerator and denominator", "比例须同时填写分子和分母"),
        }
      }
      if (!hasShare && o.value === undefined)
        return { path: ["value"], issue: bilingual("give a value (or numerator and denominator)", "必须填写数值（或分子和分母）") }
      return undefined
    }),
  )
  .annotate({
    identifier: "Observation",
    title: "Progress observation",
    description: "One reported value of an indicator for a unit and a year or date",
  })

/**
 * @category models
 * @since 0.1.0
 */
export type Observation = typeof Observation.Type

// Effect compiles this schema's decoder to plain JavaScript on first use (several times faster
// on large reports); where code generation is not allowed it keeps interpreting. Failures are
// always reported by the interpreter, so messages are the same either way.
SchemaJITCompiler.enable(Observation.ast)

const document = Schema.toJsonSchemaDocument(Observation)

/**
 * The JSON Schema (draft 2020-12) of {@link Observation} as one standalone document, for
 * systems that are not written in TypeScript. It states the fields, their types and bounds,
 * the division-code pattern and the list of indicator keys; the cross-field rules (a year or
 * a date; a value, or both numerator and denominator) are checked when the library decodes.
 *
 * @example
 * ```ts
 * observationJsonSchema.$defs.Observation.required // => ["region", "indicator"]
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const observationJsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Progress observation (Ningxia Red Cross 14th Five-Year Plan)",
  ...document.schema,
  $defs: document.definitions,
} as const
