/**
 * Worked examples for the calculator pages: illustrative inputs run through the same code
 * path as the calculators (and so through the library); the page shows what comes back.
 */
import { certificateDefaults, certificateFields, computeCertificate } from "./certificate.ts"
import { formatNumber, formatShare, textIn } from "./core/format.ts"
import type { Locale } from "./core/library.ts"
import { computeTeacher, teacherDefaults, teacherFields } from "./teacher.ts"

/** One worked example, ready to show. */
export interface Example {
  readonly inputs: ReadonlyArray<{ readonly label: string; readonly value: string }>
  readonly outputs: ReadonlyArray<{ readonly key: string; readonly label: string; readonly value: string }>
}

const say = (locale: Locale, zh: string, en: string) => (locale === "zh" ? zh : en)

const inputsOf = (
  fields: ReadonlyArray<{ readonly key: string; readonly label: { readonly zh: string; readonly en: string }; readonly kind: string }>,
  raw: Readonly<Record<string, string>>,
  locale: Locale,
) =>
  fields
    .filter((f) => (raw[f.key] ?? "") !== "")
    .map((f) => ({
      label: textIn(f.label, locale),
      value: f.kind === "percent" ? `${raw[f.key]}%` : formatNumber(Number(raw[f.key]), locale),
    }))

/** Certificate share: the plan's defaults, 120,000 holders, 60,000 at end-2020 (illustrative). */
export const certificateExample = (locale: Locale): Example => {
  const raw = { ...certificateDefaults, baseline: "60000" }
  const r = computeCertificate(raw, locale).result
  return {
    inputs: inputsOf(certificateFields, raw, locale),
    outputs:
      r === undefined
        ? []
        : [
            { key: "share", label: say(locale, "持证比例", "Share"), value: formatShare(r.share, locale, 3) },
            {
              key: "requiredHolders",
              label: say(locale, "所需持证人数", "Holders required"),
              value: formatNumber(r.requiredHolders, locale),
            },
            { key: "shortfall", label: say(locale, "缺口", "Shortfall"), value: formatNumber(r.shortfall, locale) },
            {
              key: "increaseRemaining",
              label: say(locale, "距增加目标还差", "Increase still needed"),
              value: formatNumber(r.increase?.remaining, locale),
            },
          ],
  }
}

/** Teacher ratio: 38,000 pupils and 700 trained staff (illustrative), at the plan's 1:50. */
export const teacherExample = (locale: Locale): Example => {
  const raw = teacherDefaults
  const r = computeTeacher(raw, locale).result
  return {
    inputs: inputsOf(teacherFields, raw, locale),
    outputs:
      r === undefined
        ? []
        : [
            { key: "ratioText", label: say(locale, "师生比", "Ratio"), value: r.ratioText },
            { key: "required", label: say(locale, "所需受训教职工", "Trained staff required"), value: formatNumber(r.required, locale) },
            { key: "shortfall", label: say(locale, "缺口", "Shortfall"), value: formatNumber(r.shortfall, locale) },
          ],
  }
}
