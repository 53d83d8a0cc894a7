/**
 * Next-plan targets (2026–2030): from a baseline and a desired end value or share, the
 * increase needed, the whole number to add each year, the yearly path, and the yearly
 * growth rate, all from the library with another period: `certificateShare` (a share of the
 * population → the count required), `requiredYearlyAdditions` (what each year must add) and
 * `targetPath` (the level due at each year end, linear and compound, with the growth rate).
 */

import { fractionOf } from "./core/calculator.ts"
import { decodeForm, type FieldSpec, issuesToMessages } from "./core/fields.ts"
import {
  certificateShareFromUnknown,
  type Locale,
  planDefaults,
  type RequiredYearlyAdditions,
  requiredYearlyAdditionsFromUnknown,
  type TargetPath,
  targetPathFromUnknown,
} from "./core/library.ts"

/** The fields; `share` and `population` are used when the target is a share. */
export const nextPlanFields = [
  { key: "from", label: { zh: "新规划期起始年", en: "New period starts" }, kind: "year" },
  { key: "to", label: { zh: "新规划期结束年（目标年）", en: "New period ends (target year)" }, kind: "year" },
  { key: "baselineYear", label: { zh: "基期年份（年末）", en: "Baseline year (year end)" }, kind: "year" },
  { key: "baseline", label: { zh: "基期值", en: "Baseline value" }, kind: "count", max: 1e12 },
  { key: "end", label: { zh: "期末目标值", en: "End value wanted" }, kind: "count", max: 1e12 },
  { key: "share", label: { zh: "期末目标比例", en: "End share wanted" }, kind: "percent" },
  { key: "population", label: { zh: "目标年人口", en: "Population in the target year" }, kind: "count", max: 2_000_000_000 },
] as const satisfies ReadonlyArray<FieldSpec>

/** A key of the form. */
export type NextPlanKey = (typeof nextPlanFields)[number]["key"]

/** Defaults: 2026–2030 from end-2025; the share mode starts from the 14th plan's 2 % and census population. */
export const nextPlanDefaults = {
  mode: "value",
  from: String(planDefaults.period.to + 1),
  to: String(planDefaults.period.to + (planDefaults.period.to - planDefaults.period.from + 1)),
  baselineYear: String(planDefaults.period.to),
  baseline: "37000",
  end: "45000",
  share: "3",
  population: String(planDefaults.population),
}

/** The outcome: target, what remains and the yearly additions, and the yearly path with its growth rate. */
export interface NextPlanOutcome {
  readonly target: number | undefined
  readonly progress: RequiredYearlyAdditions | undefined
  readonly path: TargetPath | undefined
  readonly errors: Partial<Record<NextPlanKey, string>>
  readonly general: ReadonlyArray<string>
}

// The library's field names, renamed to this form's (a period's end is the target year).
const formKeys: Readonly<Record<string, string>> = { currentYear: "baselineYear", targetYear: "to", period: "to" }
const renamed = (path: ReadonlyArray<PropertyKey>): ReadonlyArray<PropertyKey> =>
  path.length > 0 && typeof path[0] === "string" && formKeys[path[0]] !== undefined ? [formKeys[path[0]] ?? ""] : path

/** Decodes the form and runs the library's formulas with the new period. */
export const computeNextPlan = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): NextPlanOutcome => {
  const shareMode = raw.mode === "share"
  const specs = nextPlanFields.filter((f) => (shareMode ? f.key !== "end" : f.key !== "share" && f.key !== "population"))
  const form = decodeForm(specs, raw, locale)
  const empty = { target: undefined, progress: undefined, path: undefined }
  if (!form.ok) return { ...empty, errors: form.errors, general: [] }
  const v = form.values
  let target = v.end
  if (shareMode) {
    const share = certificateShareFromUnknown({ holders: v.baseline, population: v.population, minimumShare: fractionOf(v.share ?? 0) })
    if (!share.ok) return { ...empty, ...issuesToMessages(share.issues, specs, locale) }
    target = share.value.requiredHolders
  }
  const failed = (issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>) => ({
    ...empty,
    target,
    ...issuesToMessages(
      issues.map((i) => ({ ...i, path: renamed(i.path) })),
      specs,
      locale,
    ),
  })
  const path = targetPathFromUnknown({ baseline: v.baseline, target, baselineYear: v.baselineYear, period: { from: v.from, to: v.to } })
  if (!path.ok) return failed(path.issues)
  const progress = requiredYearlyAdditionsFromUnknown({ current: v.baseline, target, currentYear: v.baselineYear, targetYear: v.to })
  if (!progress.ok) return failed(progress.issues)
  return { target, progress: progress.value, path: path.value, errors: {}, general: [] }
}
