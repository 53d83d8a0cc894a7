/**
 * Bilingual text. Chinese is the plan's original wording; English is this
 * project's translation.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const nonBlank = Schema.isPattern(/\S/, { message: "must not be blank" })

/**
 * A non-empty piece of text in one language.
 *
 * @category models
 * @since 0.1.0
 */
export const NonBlankString = Schema.String.check(nonBlank)

/**
 * A name or title in both languages: `zh` is the plan's own wording, `en` the translation.
 *
 * @example
 * ```ts
 * const title: Text = { zh: "指导思想", en: "Guiding ideology" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Text = Schema.Struct({
  zh: NonBlankString,
  en: NonBlankString,
}).annotate({ identifier: "Text", description: "Bilingual text: zh is the original, en the translation" })

/**
 * @category models
 * @since 0.1.0
 */
export type Text = typeof Text.Type

/**
 * A paragraph of the plan: the Chinese original, verbatim from the repaired source
 * text, and this project's English translation (terms as in the glossary).
 *
 * @example
 * ```ts
 * const p: Prose = { zh: "在公共场所配备 50 台 AED 并进行使用培训。", en: "Install 50 AEDs in public places and provide training in their use." }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Prose = Schema.Struct({
  zh: NonBlankString,
  en: NonBlankString,
}).annotate({ identifier: "Prose", description: "A paragraph: zh verbatim from the source, en its English translation" })

/**
 * @category models
 * @since 0.1.0
 */
export type Prose = typeof Prose.Type

/**
 * A language the plan and the site are available in.
 *
 * @category models
 * @since 0.1.0
 */
export const Locale = Schema.Literals(["zh", "en"])

/**
 * @category models
 * @since 0.1.0
 */
export type Locale = typeof Locale.Type
