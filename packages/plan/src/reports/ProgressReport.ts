/**
 * Progress reports (进展报告): the observation other systems send (the first-aid training
 * platform, 博爱通, statistics tools), as a schema and as JSON Schema for non-TypeScript systems.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { IsoDate } from "../evaluation/Evaluate.ts"
import { Amount, bilingual, Year } from "../formulas/Inputs.ts"

/**
 * One observation: which unit (division code), which indicator or target (its subject, e.g.
 * `certificate-holders`), when (a year, or a date), and the value; a share sends its
 * numerator and denominator instead. Increments report what was added in that year; stocks
 * report the level at that time.
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
  region: Schema.String.check(
    Schema.isPattern(/^64\d{4}$/, {
      message: bilingual("must be a six-digit Ningxia division code such as 640100", "必须是 6 位宁夏行政区划代码，如 640100"),
    }),
  ),
  indicator: Schema.String.check(
    Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: bilingual("must be an indicator key such as certificate-holders", "必须是指标代码，如 certificate-holders"),
    }),
  ),
  year: Schema.optionalKey(Year),
  date: Schema.optionalKey(IsoDate),
  value: Schema.optionalKey(Amount),
  numerator: Schema.optionalKey(Amount),
  denominator: Schema.optionalKey(Amount),
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

const document = Schema.toJsonSchemaDocument(Observation)

/**
 * The JSON Schema (draft 2020-12) of {@link Observation} as one standalone document, for
 * systems that are not written in TypeScript. The cross-field rules (a year or a date; a value,
 * or both numerator and denominator) and the code patterns are checked when the library decodes;
 * the JSON Schema states the fields, their types and bounds.
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
