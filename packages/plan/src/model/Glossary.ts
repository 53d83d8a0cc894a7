/**
 * The glossary of the English translation: every brand, programme, organisation and
 * key term, with the English used for it everywhere (plan text and site).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { NonBlankString } from "./Text.ts"

/**
 * What a glossary term names. Programmes and brands keep their Chinese name in
 * parentheses at first use in the English text; the other kinds are translated plainly.
 *
 * @example
 * ```ts
 * const kind: GlossaryKind = "programme"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const GlossaryKind = Schema.Literals(["programme", "brand", "organisation", "document", "slogan", "term", "unit", "place"]).annotate(
  { identifier: "GlossaryKind" },
)

/**
 * @category models
 * @since 0.1.0
 */
export type GlossaryKind = typeof GlossaryKind.Type

/**
 * One glossary entry: the Chinese term as the plan writes it, the English term the
 * translation uses for it, what kind of name it is, and an optional note.
 *
 * @example
 * ```ts
 * const entry: GlossaryEntry = { zh: "博爱家园", en: "Fraternity Homes", kind: "programme" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const GlossaryEntry = Schema.Struct({
  zh: NonBlankString,
  en: NonBlankString,
  kind: GlossaryKind,
  note: Schema.optionalKey(NonBlankString),
}).annotate({ identifier: "GlossaryEntry" })

/**
 * @category models
 * @since 0.1.0
 */
export type GlossaryEntry = typeof GlossaryEntry.Type

/**
 * The whole glossary; decoding checks that no Chinese term is listed twice.
 *
 * @example
 * ```ts
 * const ok = Schema.decodeUnknownSync(Glossary)([{ zh: "三救三献", en: "Three Rescues and Three Donations", kind: "programme" }])
 * ok.length // => 1
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Glossary = Schema.Array(GlossaryEntry)
  .check(
    Schema.makeFilter((entries) => {
      const seen = new Set<string>()
      const issues: Array<Schema.FilterIssue> = []
      entries.forEach((e, i) => {
        if (seen.has(e.zh)) issues.push({ path: [i, "zh"], issue: `duplicate glossary term "${e.zh}"` })
        seen.add(e.zh)
      })
      return issues
    }),
  )
  .annotate({ identifier: "Glossary" })

/**
 * @category models
 * @since 0.1.0
 */
export type Glossary = typeof Glossary.Type
