/**
 * Worked examples for the calculator pages: illustrative inputs run through the same code
 * path as the calculators (and so through the library); the page shows what comes back.
 */
import { allocationDefaults, allocationFields, computeAllocation } from "./allocation.ts"
import { certificateDefaults, certificateFields, computeCertificate } from "./certificate.ts"
import { formatNumber, formatShare, textIn } from "./core/format.ts"
import { cities, type Locale } from "./core/library.ts"
import { computeFundraising, fundraisingDefaults, fundraisingFields } from "./fundraising.ts"
import { computeRegistry, registryFields, reserveDefaults } from "./reserve.ts"
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

/** Fundraising: 1.6 M in 2021 and 1.2 M in 2022 (illustrative), against the plan's targets. */
export const fundraisingExample = (locale: Locale): Example => {
  const raw = {
    ...fundraisingDefaults,
    amounts: JSON.stringify([
      ["2021", "1600000"],
      ["2022", "1200000"],
    ]),
  }
  const r = computeFundraising(raw, locale).result
  return {
    inputs: [
      ...inputsOf(fundraisingFields, raw, locale).filter((row) => !row.label.includes("年份") && !row.label.includes("Period")),
      { label: say(locale, "2021 年募集（元）", "Raised in 2021 (CNY)"), value: formatNumber(1600000, locale) },
      { label: say(locale, "2022 年募集（元）", "Raised in 2022 (CNY)"), value: formatNumber(1200000, locale) },
    ],
    outputs:
      r === undefined
        ? []
        : [
            { key: "total", label: say(locale, "累计募集", "Total raised"), value: formatNumber(r.total, locale) },
            {
              key: "yearsMet",
              label: say(locale, "达到当年目标的年数", "Years meeting the yearly target"),
              value: formatNumber(r.yearsMet, locale),
            },
            {
              key: "requiredPerRemainingYear",
              label: say(locale, "剩余各年每年需募集", "Needed each remaining year"),
              value: formatNumber(r.requiredPerRemainingYear, locale),
            },
          ],
  }
}

/** Allocation: the grassroots-organisations increase across the cities, at least 1 each. */
export const allocationExample = (locale: Locale): Example => {
  const raw = { ...allocationDefaults, minimum: "1" }
  const r = computeAllocation(raw, locale).result
  return {
    inputs: inputsOf(allocationFields, raw, locale),
    outputs: (r?.parts ?? []).map((p) => ({
      key: p.code,
      label: textIn(cities.find((c) => c.code === p.code)?.name ?? { zh: p.code, en: p.code }, locale),
      value: formatNumber(p.part, locale),
    })),
  }
}

/** Registry: 33,000 donor records at end-2023 (illustrative). */
export const registryExample = (locale: Locale): Example => {
  const raw = reserveDefaults
  const r = computeRegistry(raw, locale).result
  return {
    inputs: inputsOf(
      registryFields.filter((f) => f.key !== "from" && f.key !== "to" && f.key !== "asOf"),
      raw,
      locale,
    ),
    outputs:
      r === undefined
        ? []
        : [
            {
              key: "impliedBaseline",
              label: say(locale, "隐含的基期库容", "Implied baseline"),
              value: formatNumber(r.impliedBaseline, locale),
            },
            { key: "remaining", label: say(locale, "距目标还差", "Remaining"), value: formatNumber(r.remaining, locale) },
            {
              key: "requiredYearlyAdditions",
              label: say(locale, "剩余各年每年需新增", "Needed each remaining year"),
              value: formatNumber(r.requiredYearlyAdditions, locale),
            },
          ],
  }
}

/** The calculators that have a worked example. */
export type ExampleKind = "certificate" | "teacher" | "fundraising" | "allocation" | "registry"

/** The worked example of a calculator. */
export const exampleOf = (kind: ExampleKind, locale: Locale): Example => {
  switch (kind) {
    case "certificate":
      return certificateExample(locale)
    case "teacher":
      return teacherExample(locale)
    case "fundraising":
      return fundraisingExample(locale)
    case "allocation":
      return allocationExample(locale)
    case "registry":
      return registryExample(locale)
  }
}
