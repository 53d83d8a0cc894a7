/**
 * Fundraising pace calculator: yearly amounts → cumulative against plan, through the
 * library's `fundraisingFromUnknown`, for any period (2021–2025 by default, 2026–2030 next).
 */
import { type Outcome, runCalculator } from "./core/calculator.ts"
import { decodeField, type FieldSpec, fieldMessage } from "./core/fields.ts"
import { type Fundraising, fundraisingFromUnknown, type Locale, messageIn, planDefaults } from "./core/library.ts"
import { rowsFromText } from "./core/rowsState.ts"

/** The target fields. */
export const fundraisingFields = [
  { key: "from", label: { zh: "规划期起始年", en: "Period starts" }, kind: "year" },
  { key: "to", label: { zh: "规划期结束年", en: "Period ends" }, kind: "year" },
  { key: "perYear", label: { zh: "每年目标（元）", en: "Yearly target (CNY)" }, kind: "amount", max: 1e11 },
  { key: "total", label: { zh: "总额目标（元）", en: "Total target (CNY)" }, kind: "amount", max: 1e12 },
] as const satisfies ReadonlyArray<FieldSpec>

/** A key of the fundraising form. */
export type FundraisingKey = (typeof fundraisingFields)[number]["key"]

/** The field of one year's amount. */
export const amountField = (year: number): FieldSpec => ({
  key: `y${year}`,
  label: { zh: `${year} 年募集（元）`, en: `Raised in ${year} (CNY)` },
  kind: "amount",
  max: 1e11,
  optional: true,
})

/** Defaults: the 14th plan's period and targets; amounts start empty. */
export const fundraisingDefaults = {
  from: String(planDefaults.period.from),
  to: String(planDefaults.period.to),
  perYear: String(planDefaults.fundsPerYear),
  total: String(planDefaults.fundsTotal),
  amounts: "",
}

const maxYears = 30

/** The years of the period as typed, when both ends decode and span at most 30 years. */
export const yearsOf = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): ReadonlyArray<number> => {
  const from = decodeField(fundraisingFields[0], raw.from, locale)
  const to = decodeField(fundraisingFields[1], raw.to, locale)
  if (
    !from.ok ||
    !to.ok ||
    from.value === undefined ||
    to.value === undefined ||
    to.value < from.value ||
    to.value - from.value >= maxYears
  )
    return []
  return Array.from({ length: to.value - from.value + 1 }, (_, i) => (from.value ?? 0) + i)
}

/** The typed amount of each year, from the `amounts` parameter ([[year, amount], …]). */
export const amountsOf = (raw: Readonly<Record<string, string | undefined>>): ReadonlyMap<string, string> =>
  new Map(rowsFromText(raw.amounts ?? "").flatMap((row) => (row[0] === undefined ? [] : [[row[0], row[1] ?? ""] as const])))

/** Fundraising outcome, with a message per bad year. */
export interface FundraisingOutcome extends Outcome<FundraisingKey, Fundraising> {
  readonly yearErrors: Readonly<Record<string, string>>
}

/** Decodes targets and yearly amounts, and runs the library's fundraising formula. */
export const computeFundraising = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): FundraisingOutcome => {
  const years = yearsOf(raw, locale)
  const amounts = amountsOf(raw)
  const yearErrors: Record<string, string> = {}
  const yearly: Array<{ year: number; amount: number }> = []
  for (const year of years) {
    const decoded = decodeField(amountField(year), amounts.get(String(year)), locale)
    if (!decoded.ok) yearErrors[String(year)] = decoded.message
    else if (decoded.value !== undefined) yearly.push({ year, amount: decoded.value })
  }
  const outcome = runCalculator(
    fundraisingFields,
    raw,
    locale,
    (v) => ({ yearly, perYearTarget: v.perYear, totalTarget: v.total, period: { from: v.from, to: v.to } }),
    fundraisingFromUnknown,
  )
  const periodError =
    outcome.result === undefined && outcome.general.length === 0 && years.length === 0 && Object.keys(outcome.errors).length === 0
      ? {
          to: fieldMessage(
            fundraisingFields[1].label,
            "the period must end after it starts, within 30 years | 结束年份须不早于起始年份，且跨度不超过 30 年",
            locale,
          ),
        }
      : {}
  if (Object.keys(yearErrors).length > 0)
    return { result: undefined, errors: { ...outcome.errors, ...periodError }, general: outcome.general, yearErrors }
  if (years.length === 0 && outcome.result !== undefined) {
    return {
      result: undefined,
      errors: { to: fieldMessage(fundraisingFields[1].label, "the period spans more than 30 years | 规划期跨度不能超过 30 年", locale) },
      general: [],
      yearErrors,
    }
  }
  return {
    ...outcome,
    errors: { ...outcome.errors, ...periodError },
    general: outcome.general.map((m) => messageIn(m, locale)),
    yearErrors,
  }
}
