/**
 * Reserve coverage calculator: the stem-cell donor registry against its targets, and which
 * cities and counties meet a coverage rule (rescue teams, volunteer teams, depots…), through
 * the library's `stemCellRegistryFromUnknown` and `coverageFromUnknown`. Disaster-prone
 * counties are marked by the user: no official list exists.
 */
import { type Outcome, runCalculator } from "./core/calculator.ts"
import type { FieldSpec } from "./core/fields.ts"
import {
  type Coverage,
  coverageFromUnknown,
  coverageRules,
  type Locale,
  messageIn,
  planDefaults,
  type StemCellRegistry,
  stemCellRegistryFromUnknown,
  type Text,
  targets,
} from "./core/library.ts"

/** The registry fields. */
export const registryFields = [
  { key: "capacity", label: { zh: "当前库容（人份）", en: "Registry capacity now (donor records)" }, kind: "count", max: 1e9 },
  { key: "asOf", label: { zh: "截至年份（年末）", en: "As of the end of year" }, kind: "year" },
  { key: "totalTarget", label: { zh: "总库容目标（人份）", en: "Total capacity target" }, kind: "count", max: 1e9 },
  { key: "increaseTarget", label: { zh: "规划期新增目标（人份）", en: "Increase target over the period" }, kind: "count", max: 1e9 },
  {
    key: "donations",
    label: { zh: "累计捐献（例，可选）", en: "Donations so far (cases, optional)" },
    kind: "count",
    max: 1e7,
    optional: true,
  },
  { key: "donationsTarget", label: { zh: "捐献目标（例）", en: "Donations target (cases)" }, kind: "count", max: 1e7 },
  { key: "from", label: { zh: "规划期起始年", en: "Period starts" }, kind: "year" },
  { key: "to", label: { zh: "规划期结束年", en: "Period ends" }, kind: "year" },
] as const satisfies ReadonlyArray<FieldSpec>

/** A key of the registry form. */
export type RegistryKey = (typeof registryFields)[number]["key"]

/** A coverage rule's key in the library. */
export type RuleKey = keyof typeof coverageRules

/** The coverage rules, with the label of the target each implements. */
export const ruleChoices: ReadonlyArray<{ readonly key: RuleKey; readonly label: Text; readonly targetId: string }> = (
  Object.keys(coverageRules) as Array<RuleKey>
).map((key) => {
  const target = targets.find((t) => t.id === coverageRules[key])
  return { key, label: target?.label ?? { zh: key, en: key }, targetId: coverageRules[key] }
})

/** Defaults: the 14th plan's targets and period; an illustrative capacity. */
export const reserveDefaults = {
  capacity: "33000",
  asOf: "2023",
  totalTarget: String(planDefaults.stemCellRegistryTotal),
  increaseTarget: String(planDefaults.stemCellRegistryIncrease),
  donations: "",
  donationsTarget: String(planDefaults.stemCellDonations),
  from: String(planDefaults.period.from),
  to: String(planDefaults.period.to),
  rule: "rescue-teams",
  prone: "",
  capable: "",
  "has-rescue-teams": "",
  "has-volunteer-service-teams": "",
  "has-relief-depots": "",
  "has-relief-depots-cities": "",
  "has-stem-cell-blood-volunteer-teams": "",
} satisfies Record<string, string> & Record<`has-${RuleKey}`, string>

/** Runs the library's registry formula on the decoded fields. */
export const computeRegistry = (
  raw: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): Outcome<RegistryKey, StemCellRegistry> =>
  runCalculator(
    registryFields,
    raw,
    locale,
    (v) => ({
      capacity: v.capacity,
      asOfYear: v.asOf,
      totalTarget: v.totalTarget,
      increaseTarget: v.increaseTarget,
      ...(v.donations === undefined ? {} : { donations: v.donations }),
      donationsTarget: v.donationsTarget,
      period: { from: v.from, to: v.to },
    }),
    stemCellRegistryFromUnknown,
  )

/** A comma-separated list of codes from the URL. */
export const codesOf = (text: string | undefined): ReadonlyArray<string> =>
  (text ?? "")
    .split(",")
    .map((code) => code.trim())
    .filter((code) => code !== "")

/** The selected rule (the default when the URL names an unknown one). */
export const ruleOf = (raw: Readonly<Record<string, string | undefined>>): RuleKey =>
  ruleChoices.find((r) => r.key === raw.rule)?.key ?? "rescue-teams"

/** Coverage of the selected rule: every ticked unit has one (count 1), the rest none. */
export const computeCoverage = (
  raw: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): { readonly result: Coverage | undefined; readonly general: ReadonlyArray<string> } => {
  const rule = ruleOf(raw)
  const has = codesOf(raw[`has-${rule}`])
  const output = coverageFromUnknown({
    rule,
    counts: has.map((code) => ({ code, count: 1 })),
    disasterProneCounties: codesOf(raw.prone),
    capableCounties: codesOf(raw.capable),
  })
  return output.ok
    ? { result: output.value, general: [] }
    : { result: undefined, general: output.issues.map((i) => messageIn(i.message, locale)) }
}
