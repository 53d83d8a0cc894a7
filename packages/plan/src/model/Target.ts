/**
 * A target (目标) stated somewhere in the plan: what is measured, how much,
 * by when, by whom, and the sentence that says so.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Quantity } from "./Quantity.ts"
import { SourceRef } from "./Section.ts"
import { Text } from "./Text.ts"

const kebab = (what: string) =>
  Schema.String.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `${what} must be kebab-case` }))

/**
 * The identifier of one statement of a target, e.g. `certificate-holders-increase-goal`.
 *
 * @category models
 * @since 0.1.0
 */
export const TargetId = kebab("a target id").pipe(Schema.brand("TargetId"))

/**
 * @category models
 * @since 0.1.0
 */
export type TargetId = typeof TargetId.Type

/**
 * What a target measures. Every statement of the same target in different places of
 * the plan (goals, table, column) shares one subject, e.g. `certificate-holders`.
 *
 * @category models
 * @since 0.1.0
 */
export const Subject = kebab("a subject").pipe(Schema.brand("Subject"))

/**
 * @category models
 * @since 0.1.0
 */
export type Subject = typeof Subject.Type

/**
 * How a target's figure is counted, which decides how progress is measured:
 *
 * - `increment`: added over the period; the total is the sum of yearly additions (+80,000 certificate holders).
 * - `stock`: a level; the latest value counts, not a sum (donor registry total 37,000).
 * - `share`: a numerator over a denominator (≥ 2 % of the population, 1 : 50 teachers to pupils).
 * - `annualFlow`: an amount every year, and its cumulative total (1.5 M CNY a year).
 * - `coverage`: a rule every unit of a level must meet (a rescue team in every prefecture-level city).
 * - `qualitative`: a commitment with no figure (应助尽助: everyone eligible is helped).
 *
 * @category models
 * @since 0.1.0
 */
export const TargetKind = Schema.Literals(["increment", "stock", "share", "annualFlow", "coverage", "qualitative"]).annotate({
  identifier: "TargetKind",
})

/**
 * @category models
 * @since 0.1.0
 */
export type TargetKind = typeof TargetKind.Type

/**
 * Names of the target kinds in both languages.
 *
 * @example
 * ```ts
 * targetKindNames.stock.zh // => "存量水平"
 * targetKindNames.annualFlow.en // => "Annual flow"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const targetKindNames: { readonly [K in TargetKind]: Text } = {
  increment: { zh: "期间增量", en: "Increment over the period" },
  stock: { zh: "存量水平", en: "Stock level" },
  share: { zh: "比例", en: "Share / ratio" },
  annualFlow: { zh: "年度流量", en: "Annual flow" },
  coverage: { zh: "覆盖规则", en: "Coverage rule" },
  qualitative: { zh: "定性目标", en: "Qualitative" },
}

/**
 * The direction word of a target:
 * `reach` (plain figure: 增加, 达到, 新增), `atLeast` (不少于, 至少, …以上),
 * `striveToExceed` (力争突破), `strive` (争取, 力争: best effort, no firm figure),
 * `allEligible` (应助尽助: no figure, everyone eligible).
 *
 * @category models
 * @since 0.1.0
 */
export const Comparison = Schema.Literals(["reach", "atLeast", "striveToExceed", "strive", "allEligible"]).annotate({
  identifier: "Comparison",
})

/**
 * @category models
 * @since 0.1.0
 */
export type Comparison = typeof Comparison.Type

/**
 * Names of the comparison words in both languages.
 *
 * @example
 * ```ts
 * comparisonNames.atLeast.zh // => "不少于"
 * comparisonNames.striveToExceed.en // => "Strive to exceed"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const comparisonNames: { readonly [K in Comparison]: Text } = {
  reach: { zh: "达到", en: "Reach" },
  atLeast: { zh: "不少于", en: "At least" },
  striveToExceed: { zh: "力争突破", en: "Strive to exceed" },
  strive: { zh: "争取", en: "Strive for" },
  allEligible: { zh: "应助尽助", en: "Everyone eligible" },
}

const Year = Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2100 }))

/**
 * When a target is due: over a period (“十四五”期间), by a year (到 2025 年),
 * every year (每年), or every N years (每 2 年).
 *
 * @category models
 * @since 0.1.0
 */
export const Timing = Schema.Union([
  Schema.Struct({ type: Schema.Literal("period"), from: Year, to: Year }),
  Schema.Struct({ type: Schema.Literal("by"), year: Year }),
  Schema.Struct({ type: Schema.Literal("everyYear") }),
  Schema.Struct({ type: Schema.Literal("everyNYears"), years: Schema.Int.check(Schema.isGreaterThanOrEqualTo(2)) }),
]).annotate({ identifier: "Timing" })

/**
 * @category models
 * @since 0.1.0
 */
export type Timing = typeof Timing.Type

/**
 * Who must meet a target, where the text says: the region as a whole, every
 * prefecture-level city (地级市), every city and disaster-prone county
 * (地市级和灾害多发的县（区）), every level (各级红十字会)…
 *
 * @category models
 * @since 0.1.0
 */
export const Responsible = Schema.Literals([
  "region",
  "regionAndGuyuan",
  "regionAndPrefectureCities",
  "everyPrefectureCity",
  "everyPrefectureCityAndDisasterProneCounty",
  "prefectureCitiesAndCapableCounties",
  "everyCounty",
  "everyLevel",
  "everyRescueTeam",
  "everyVillageAndCommunity",
]).annotate({ identifier: "Responsible" })

/**
 * @category models
 * @since 0.1.0
 */
export type Responsible = typeof Responsible.Type

/**
 * Names of the responsible levels in both languages.
 *
 * @category constants
 * @since 0.1.0
 */
export const responsibleNames: { readonly [K in Responsible]: Text } = {
  region: { zh: "全区（自治区红十字会）", en: "The region as a whole" },
  regionAndGuyuan: { zh: "自治区和固原市红十字会", en: "The regional and Guyuan city Red Cross" },
  regionAndPrefectureCities: { zh: "自治区和市级红十字会", en: "The regional and city-level Red Cross" },
  everyPrefectureCity: { zh: "每个地级市红十字会", en: "Every prefecture-level city Red Cross" },
  everyPrefectureCityAndDisasterProneCounty: {
    zh: "每个地级市和灾害多发的县（区）红十字会",
    en: "Every prefecture-level city and every disaster-prone county (district) Red Cross",
  },
  prefectureCitiesAndCapableCounties: {
    zh: "地级市和有条件的县级红十字会",
    en: "Prefecture-level cities and county-level branches with the means",
  },
  everyCounty: { zh: "每个县级红十字会", en: "Every county-level Red Cross" },
  everyLevel: { zh: "各级红十字会", en: "The Red Cross at every level" },
  everyRescueTeam: { zh: "各级各类应急救援队", en: "Every emergency rescue team at every level" },
  everyVillageAndCommunity: { zh: "每个村、每个社区", en: "Every village and every community" },
}

/**
 * What a target's figure means: `increase` over the period (新增 8000 人份), the
 * `level` reached (总库容达到 3.7 万人份), an amount `perYear` (每年募集资金 150 万元),
 * or an amount `perUnit` of the responsible level (每个地级市至少建立 1 支救援队伍).
 * Statements of one subject agree only if they measure the same thing; across measures
 * they imply numbers (level − increase = baseline; per year × years = increase).
 *
 * @category models
 * @since 0.1.0
 */
export const TargetMeasure = Schema.Literals(["increase", "level", "perYear", "perUnit"]).annotate({ identifier: "TargetMeasure" })

/**
 * @category models
 * @since 0.1.0
 */
export type TargetMeasure = typeof TargetMeasure.Type

/**
 * Names of the target measures in both languages.
 *
 * @example
 * ```ts
 * targetMeasureNames.level.zh // => "达到水平"
 * targetMeasureNames.perYear.en // => "Per year"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const targetMeasureNames: { readonly [K in TargetMeasure]: Text } = {
  increase: { zh: "期间增加", en: "Increase over the period" },
  level: { zh: "达到水平", en: "Level reached" },
  perYear: { zh: "每年", en: "Per year" },
  perUnit: { zh: "每个单位", en: "Per unit" },
}

/**
 * A baseline the text measures from: 较 2020 年末 (compared with the end of 2020).
 *
 * @category models
 * @since 0.1.0
 */
export const Baseline = Schema.Struct({ year: Year, point: Schema.Literal("yearEnd") }).annotate({ identifier: "Baseline" })

/**
 * One statement of a target in the plan.
 *
 * @example
 * ```ts
 * // 取得应急救护培训证书人员较 2020 年末增加 8 万人
 * const t = getTarget("certificate-holders-increase-goal")
 * t.quantity?.value // => 80000
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Target = Schema.Struct({
  id: TargetId,
  subject: Subject,
  label: Text,
  kind: TargetKind,
  comparison: Comparison,
  measure: TargetMeasure,
  quantity: Schema.optionalKey(Quantity),
  limit: Schema.optionalKey(Schema.Struct({ label: Text, quantity: Quantity })),
  timing: Timing,
  baseline: Schema.optionalKey(Baseline),
  responsible: Schema.optionalKey(Responsible),
  source: SourceRef,
  note: Schema.optionalKey(Text),
})
  .check(
    Schema.makeFilter((t) => {
      if (t.kind === "qualitative" || t.comparison === "allEligible") {
        return t.quantity === undefined ? undefined : { path: ["quantity"], issue: "a qualitative target has no quantity" }
      }
      if (t.quantity === undefined) {
        // A coverage rule without a figure means “has one” (建立救灾物资储备库).
        return t.kind === "coverage" ? undefined : { path: ["quantity"], issue: `a ${t.kind} target needs a quantity` }
      }
      if (!t.source.quote.includes(t.quantity.printed)) {
        return { path: ["quantity", "printed"], issue: `"${t.quantity.printed}" does not occur in the quote` }
      }
      return undefined
    }),
  )
  .annotate({ identifier: "Target" })

/**
 * @category models
 * @since 0.1.0
 */
export type Target = typeof Target.Type
