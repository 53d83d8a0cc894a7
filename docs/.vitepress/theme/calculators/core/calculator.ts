/**
 * The shape every calculator shares: its text state (bound to the URL), the fields decoded
 * through the schemas, then one call to the library's plain entry point. Views only show
 * what comes back.
 */
import { type DecodedForm, decodeForm, type FieldSpec, issuesToMessages } from "./fields.ts"
import type { Decoded, Locale } from "./library.ts"

/** A calculator's outcome: the library's result, or the messages to show. */
export interface Outcome<K extends string, A> {
  readonly result: A | undefined
  readonly errors: Partial<Record<K, string>>
  readonly general: ReadonlyArray<string>
}

/** Decodes the form, builds the library input from the decoded values, and runs the library's plain entry. */
export const runCalculator = <K extends string, A>(
  specs: ReadonlyArray<FieldSpec<K>>,
  raws: Readonly<Record<string, string | undefined>>,
  locale: Locale,
  toInput: (values: DecodedForm<K>["values"]) => unknown,
  entry: (input: unknown) => Decoded<A>,
): Outcome<K, A> => {
  const form = decodeForm(specs, raws, locale)
  if (!form.ok) return { result: undefined, errors: form.errors, general: [] }
  const output = entry(toInput(form.values))
  if (output.ok) return { result: output.value, errors: {}, general: [] }
  const { errors, general } = issuesToMessages(output.issues, specs, locale)
  return { result: undefined, errors, general }
}

/** A fraction as the text of a percentage field (0.02 → "2"), without binary floating-point noise. */
export const percentText = (fraction: number): string => String(Number((fraction * 100).toPrecision(12)))

/** A percentage as typed back to the fraction the library takes (2 → 0.02). */
export const fractionOf = (percent: number): number => Number((percent / 100).toPrecision(15))
