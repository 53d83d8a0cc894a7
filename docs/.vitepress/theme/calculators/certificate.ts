/**
 * Certificate share calculator: fields, defaults and the call to the library's
 * `certificateShareFromUnknown`.
 */
import type { Outcome } from "./core/calculator.ts"
import { fractionOf, percentText, runCalculator } from "./core/calculator.ts"
import { decodeField, decodeForm, type FieldSpec, issuesToMessages } from "./core/fields.ts"
import {
  type CertificateShare,
  certificateShareFromUnknown,
  type Locale,
  planDefaults,
  type RequiredYearlyAdditions,
  regions,
  requiredYearlyAdditionsFromUnknown,
  type ValidCertificates,
  validCertificatesFromUnknown,
} from "./core/library.ts"
import { rowsFromText } from "./core/rowsState.ts"

/** The fields, in the order shown. */
export const certificateFields = [
  { key: "population", label: { zh: "常住人口", en: "Resident population" }, kind: "count", max: 2_000_000_000 },
  {
    key: "holders",
    label: { zh: "持证人数（有效证书）", en: "Certificate holders (valid certificates)" },
    kind: "count",
    max: 2_000_000_000,
  },
  { key: "share", label: { zh: "最低比例", en: "Minimum share" }, kind: "percent" },
  {
    key: "baseline",
    label: { zh: "2020 年末持证人数（可选）", en: "Holders at end-2020 (optional)" },
    kind: "count",
    max: 2_000_000_000,
    optional: true,
  },
  { key: "increase", label: { zh: "较基期增加目标", en: "Increase target over the baseline" }, kind: "count", max: 2_000_000_000 },
] as const satisfies ReadonlyArray<FieldSpec>

/** A key of the certificate form. */
export type CertificateKey = (typeof certificateFields)[number]["key"]

/** The population figures the library holds, to pick from: the census and year-end estimates. */
export const populationChoices = regions.region.population.map((figure) => ({
  value: String(figure.value),
  label: {
    zh: figure.kind === "census" ? `${figure.year} 年第七次人口普查` : `${figure.year} 年末常住人口`,
    en: figure.kind === "census" ? `${figure.year} census` : `Year-end ${figure.year}`,
  },
  source: figure.source,
}))

/** The 14th plan's defaults; the holders are an illustrative figure to start from. */
export const certificateDefaults: Record<CertificateKey, string> = {
  population: String(planDefaults.population),
  holders: "120000",
  share: percentText(planDefaults.certificateShare),
  baseline: "",
  increase: String(planDefaults.certificateIncrease),
}

/** Decodes the form and runs the library's certificate share formula. */
export const computeCertificate = (
  raw: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): Outcome<CertificateKey, CertificateShare> =>
  runCalculator(
    certificateFields,
    raw,
    locale,
    (v) => ({
      holders: v.holders,
      population: v.population,
      ...(v.share === undefined ? {} : { minimumShare: fractionOf(v.share) }),
      ...(v.baseline === undefined ? {} : { baselineHolders: v.baseline, increaseTarget: v.increase }),
    }),
    certificateShareFromUnknown,
  )

/** The year the holders are counted at and the target year, for the yearly training needed. */
export const paceFields = [
  { key: "asOf", label: { zh: "持证人数统计截至（年末）", en: "Holders counted at the end of" }, kind: "year" },
  { key: "targetYear", label: { zh: "目标年份", en: "Target year" }, kind: "year" },
] as const satisfies ReadonlyArray<FieldSpec>

/** The field of the optional validity section. */
export const validityFields = [
  { key: "validity", label: { zh: "证书有效期（年）", en: "Certificate validity (years)" }, kind: "positiveInt", max: 100 },
] as const satisfies ReadonlyArray<FieldSpec>

/** Defaults of the validity section: end of the plan period, 3 years (common, not a rule of the plan). */
export const validityDefaults = {
  asOf: String(planDefaults.period.to),
  targetYear: String(planDefaults.period.to),
  validity: "3",
  issued: "",
}

const issuedWindow = 10

/** The issue years shown: the ten years up to the counted year. */
export const issueYears = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): ReadonlyArray<number> => {
  const asOf = decodeField(paceFields[0], raw.asOf, locale)
  if (!asOf.ok || asOf.value === undefined) return []
  const last = asOf.value
  return Array.from({ length: issuedWindow }, (_, i) => last - issuedWindow + 1 + i)
}

const issuedField = (year: number): FieldSpec => ({
  key: `issued-${year}`,
  label: { zh: `${year} 年发证数`, en: `Issued in ${year}` },
  kind: "count",
  max: 2_000_000_000,
  optional: true,
})

/** Certificates still valid at the end of the counted year, by the library's `validCertificates`. */
export const computeValidity = (
  raw: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): Outcome<"asOf" | "validity", ValidCertificates> & { readonly issuedErrors: Readonly<Record<string, string>> } => {
  const issued = new Map(rowsFromText(raw.issued ?? "").flatMap((row) => (row[0] === undefined ? [] : [[row[0], row[1] ?? ""] as const])))
  const issuedErrors: Record<string, string> = {}
  const cohorts: Array<{ year: number; count: number }> = []
  for (const year of issueYears(raw, locale)) {
    const decoded = decodeField(issuedField(year), issued.get(String(year)), locale)
    if (!decoded.ok) issuedErrors[String(year)] = decoded.message
    else if (decoded.value !== undefined) cohorts.push({ year, count: decoded.value })
  }
  const outcome = runCalculator(
    [paceFields[0], ...validityFields],
    raw,
    locale,
    (v) => ({ issued: cohorts, asOfYear: v.asOf, validityYears: v.validity }),
    validCertificatesFromUnknown,
  )
  return Object.keys(issuedErrors).length > 0
    ? { result: undefined, errors: outcome.errors, general: outcome.general, issuedErrors }
    : { ...outcome, issuedErrors }
}

/** The whole number of holders to add each year until the target year, to the minimum share and to the increase target. */
export interface CertificatePace {
  readonly toShare: RequiredYearlyAdditions | undefined
  readonly toIncrease: RequiredYearlyAdditions | undefined
  readonly errors: Partial<Record<"asOf" | "targetYear", string>>
}

// The library's field names, renamed to this form's.
const paceKeys: Readonly<Record<string, string>> = { currentYear: "asOf" }
const renamed = (path: ReadonlyArray<PropertyKey>): ReadonlyArray<PropertyKey> =>
  path.map((key, i) => (i === 0 && typeof key === "string" ? (paceKeys[key] ?? key) : key))

/**
 * Yearly training needed: the library's `requiredYearlyAdditions` (⌈remaining ÷ years left⌉)
 * from the holders at the counted year to the required holders and to the increase target.
 */
export const computePace = (
  raw: Readonly<Record<string, string | undefined>>,
  locale: Locale,
  share: CertificateShare | undefined,
): CertificatePace => {
  const form = decodeForm(paceFields, raw, locale)
  if (!form.ok || share === undefined) return { toShare: undefined, toIncrease: undefined, errors: form.errors }
  const run = (target: number) =>
    requiredYearlyAdditionsFromUnknown({
      current: share.holders,
      target,
      currentYear: form.values.asOf,
      targetYear: form.values.targetYear,
    })
  const toShare = run(share.requiredHolders)
  const toIncrease = share.increase === undefined ? undefined : run(share.increase.targetHolders)
  if (!toShare.ok) {
    const { errors, general } = issuesToMessages(
      toShare.issues.map((i) => ({ ...i, path: renamed(i.path) })),
      paceFields,
      locale,
    )
    return {
      toShare: undefined,
      toIncrease: undefined,
      errors: Object.keys(errors).length > 0 ? errors : { targetYear: general.join(" ") },
    }
  }
  return { toShare: toShare.value, toIncrease: toIncrease?.ok === true ? toIncrease.value : undefined, errors: {} }
}
