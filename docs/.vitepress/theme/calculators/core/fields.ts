/**
 * The input-handling layer: what a person types in a field (text) becomes a number only
 * through the library's schemas. A bad value gives one message that names the field and
 * the rule, in the page's language. Nothing here throws on user input.
 */
import * as Schema from "effect/Schema"
import { Amount, bilingual, Count, type Decoded, type Locale, makeDecoder, messageIn, PositiveInt, type Text, Year } from "./library.ts"

/** What kind of number a field holds; each maps to one of the library's schemas. */
export type FieldKind = "count" | "amount" | "percent" | "year" | "positiveInt"

/** A field of a calculator form. `max` guards against absurdly large values. */
export interface FieldSpec<K extends string = string> {
  readonly key: K
  readonly label: Text
  readonly kind: FieldKind
  readonly max?: number
  readonly optional?: boolean
}

/** A decoded field: its value (undefined when an optional field is left empty), or the message to show beside it. */
export type FieldResult = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string }

/** The largest value any field accepts unless it sets a smaller `max`: beyond it a figure is a typo. */
export const absurdlyLarge = 1e12

const atMost = (max: number) =>
  Schema.isLessThanOrEqualTo(max, {
    message: bilingual(
      `must be at most ${max.toLocaleString("en")} (this looks like a typo)`,
      `不能大于 ${max.toLocaleString("zh-CN")}（疑似输入错误）`,
    ),
  })

/** A percentage as typed (2 means 2 %): more than 0 and at most 100, composed from the library's Amount. */
export const Percent = Amount.check(
  Schema.isGreaterThan(0, { message: bilingual("must be more than 0 %", "必须大于 0%") }),
  Schema.isLessThanOrEqualTo(100, { message: bilingual("a share cannot exceed 100 %", "比例不能超过 100%") }),
)

const schemaOf = (kind: FieldKind) => {
  switch (kind) {
    case "count":
      return Count
    case "amount":
      return Amount
    case "percent":
      return Percent
    case "year":
      return Year
    case "positiveInt":
      return PositiveInt
  }
}

// Checked first, so that 1e20 is "too large" rather than "not a whole number" (beyond 2^53 no number is exact).
const magnitudeDecoders = new Map<number, (input: unknown) => Decoded<number>>()
const magnitudeOf = (max: number) => {
  let decoder = magnitudeDecoders.get(max)
  if (decoder === undefined) {
    decoder = makeDecoder(Schema.Number.check(atMost(max)))
    magnitudeDecoders.set(max, decoder)
  }
  return decoder
}

const decoders = new Map<string, (input: unknown) => Decoded<number>>()
const decoderOf = (kind: FieldKind) => {
  let decoder = decoders.get(kind)
  if (decoder === undefined) {
    decoder = makeDecoder(schemaOf(kind))
    decoders.set(kind, decoder)
  }
  return decoder
}

const fullWidthDigits = /[０-９．－＋]/g
const numeric = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i

/**
 * Text as typed → a number, tolerant of what people paste from spreadsheets: thousands
 * separators (1,234 or 1 234), full-width digits (１２３), a trailing % on a share.
 * Returns the text unchanged when it is not a number, so that the schema names the rule.
 */
export const normalizeNumber = (raw: string, kind: FieldKind): number | string => {
  let text = raw
    .trim()
    .replace(fullWidthDigits, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s\u00a0_']/g, "")
  if (kind === "percent") text = text.replace(/[%％]$/, "")
  return numeric.test(text) ? Number(text) : raw
}

const requiredMessage = bilingual("is required", "不能为空")

/** "Population: must not be negative" / "人口：不能为负数". */
export const fieldMessage = (label: Text, message: string, locale: Locale): string =>
  locale === "zh" ? `${label.zh}：${messageIn(message, "zh")}` : `${label.en}: ${messageIn(message, "en")}`

/** Decodes one field's text through the library's schema for its kind. */
export const decodeField = (spec: FieldSpec, raw: string | undefined, locale: Locale): FieldResult => {
  const text = raw ?? ""
  if (text.trim() === "") {
    return spec.optional === true
      ? { ok: true, value: undefined }
      : { ok: false, message: fieldMessage(spec.label, requiredMessage, locale) }
  }
  const value = normalizeNumber(text, spec.kind)
  const max = spec.max ?? absurdlyLarge
  const tooLarge =
    typeof value === "number" && Number.isFinite(value) && spec.kind !== "percent" && spec.kind !== "year"
      ? magnitudeOf(max)(value)
      : undefined
  const decoded = tooLarge !== undefined && !tooLarge.ok ? tooLarge : decoderOf(spec.kind)(value)
  if (decoded.ok) return { ok: true, value: decoded.value }
  const first = decoded.issues[0]
  return { ok: false, message: fieldMessage(spec.label, first?.message ?? "invalid | 无效", locale) }
}

/** Every field of a form, decoded: the values, and a message per bad field. */
export interface DecodedForm<K extends string> {
  readonly ok: boolean
  readonly values: Partial<Record<K, number>>
  readonly errors: Partial<Record<K, string>>
}

/** Decodes all fields of a form; a form is `ok` only when every field is. */
export const decodeForm = <K extends string>(
  specs: ReadonlyArray<FieldSpec<K>>,
  raws: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): DecodedForm<K> => {
  const values: Partial<Record<K, number>> = {}
  const errors: Partial<Record<K, string>> = {}
  for (const spec of specs) {
    const result = decodeField(spec, raws[spec.key], locale)
    if (!result.ok) errors[spec.key] = result.message
    else if (result.value !== undefined) values[spec.key] = result.value
  }
  return { ok: Object.keys(errors).length === 0, values, errors }
}

/** A library formula's issues (from its plain entry point) as messages: per field where the path names one, else general. */
export const issuesToMessages = <K extends string>(
  issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>,
  specs: ReadonlyArray<FieldSpec<K>>,
  locale: Locale,
): { readonly errors: Partial<Record<K, string>>; readonly general: ReadonlyArray<string> } => {
  const errors: Partial<Record<K, string>> = {}
  const general: Array<string> = []
  for (const issue of issues) {
    const spec = specs.find((s) => s.key === issue.path[0])
    if (spec !== undefined) errors[spec.key] ??= fieldMessage(spec.label, issue.message, locale)
    else general.push(messageIn(issue.message, locale))
  }
  return { errors, general }
}
