/**
 * Certificate share calculator: fields, defaults and the call to the library's
 * `certificateShareFromUnknown`.
 */
import type { Outcome } from "./core/calculator.ts"
import { fractionOf, percentText, runCalculator } from "./core/calculator.ts"
import type { FieldSpec } from "./core/fields.ts"
import { type CertificateShare, certificateShareFromUnknown, type Locale, planDefaults, regions } from "./core/library.ts"

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
