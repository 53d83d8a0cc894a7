/**
 * Display formatting only (no arithmetic on results): numbers in the page's language, and a
 * dash for anything that is not a finite number, so that NaN or Infinity can never reach the page.
 */
import type { Locale } from "./library.ts"

const tag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en")

/** 144,054 / 144,054; "—" for a non-finite value. */
export const formatNumber = (value: number | undefined, locale: Locale, maximumFractionDigits = 2): string =>
  value === undefined || !Number.isFinite(value) ? "—" : new Intl.NumberFormat(tag(locale), { maximumFractionDigits }).format(value)

/** A fraction as a percentage: 0.0185 → "1.85%"; "—" for a non-finite value. */
export const formatShare = (fraction: number | undefined, locale: Locale, maximumFractionDigits = 2): string =>
  fraction === undefined || !Number.isFinite(fraction)
    ? "—"
    : new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits }).format(fraction)

/** The Chinese or English half of a bilingual text. */
export const textIn = (text: { readonly zh: string; readonly en: string }, locale: Locale): string => (locale === "zh" ? text.zh : text.en)
