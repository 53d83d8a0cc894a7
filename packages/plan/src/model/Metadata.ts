/**
 * The plan's title, issuer, date, period and the documents it cites.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { SourceRef } from "./Section.ts"
import { Text } from "./Text.ts"

/**
 * A law, plan, notice or regulation cited by the plan, with where it is cited.
 *
 * @category models
 * @since 0.1.0
 */
export const CitedDocument = Schema.Struct({
  title: Text,
  kind: Schema.Literals(["law", "plan", "notice", "regulation", "contingencyPlan"]),
  documentNumber: Schema.optionalKey(Schema.String),
  cited: SourceRef,
}).annotate({ identifier: "CitedDocument" })

/**
 * @category models
 * @since 0.1.0
 */
export type CitedDocument = typeof CitedDocument.Type

const IsoDate = Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date as YYYY-MM-DD" }))

/**
 * The plan period, in whole calendar years.
 *
 * @category models
 * @since 0.1.0
 */
export const Period = Schema.Struct({
  from: Schema.Int,
  to: Schema.Int,
})
  .check(Schema.makeFilter((p) => (p.from <= p.to ? undefined : { path: ["to"], issue: "must not be before from" })))
  .annotate({ identifier: "Period" })

/**
 * @category models
 * @since 0.1.0
 */
export type Period = typeof Period.Type

/**
 * @category models
 * @since 0.1.0
 */
export const Metadata = Schema.Struct({
  title: Text,
  shortTitle: Text,
  issuer: Text,
  issueDate: IsoDate,
  period: Period,
  basis: Schema.NonEmptyArray(CitedDocument),
  citedDocuments: Schema.Array(CitedDocument),
  printRun: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
}).annotate({ identifier: "Metadata" })

/**
 * @category models
 * @since 0.1.0
 */
export type Metadata = typeof Metadata.Type
