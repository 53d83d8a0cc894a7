/**
 * Repairs of conversion artifacts in the source text (勘误), kept as data so a reviewer
 * can see that nothing else changed.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type { Text } from "./Text.ts"

/**
 * The kind of artifact a repair removes:
 * `markup` (`<p>` tags, `**bold**` markers), `listMarker` (a leading `- `),
 * `pageBreak` (a sentence split across a page break), `wording` (“遗体 and 人体器官”
 * for “遗体和人体器官”), `missingCharacter` (“市县级十字应急救援队” lacks 红).
 *
 * @category models
 * @since 0.1.0
 */
export const ErratumKind = Schema.Literals(["markup", "listMarker", "pageBreak", "wording", "missingCharacter"]).annotate({
  identifier: "ErratumKind",
})

/**
 * @category models
 * @since 0.1.0
 */
export type ErratumKind = typeof ErratumKind.Type

/**
 * Names of the erratum kinds in both languages.
 *
 * @example
 * ```ts
 * erratumKindNames.pageBreak.zh // => "分页断句"
 * erratumKindNames.missingCharacter.en // => "Missing character"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const erratumKindNames: { readonly [K in ErratumKind]: Text } = {
  markup: { zh: "排版标记", en: "Markup" },
  listMarker: { zh: "列表符号", en: "List marker" },
  pageBreak: { zh: "分页断句", en: "Page break" },
  wording: { zh: "转换用词", en: "Conversion wording" },
  missingCharacter: { zh: "缺字", en: "Missing character" },
}

/**
 * One repair: the original characters at a line and column (1-based) of the source
 * text as received, and what they become.
 *
 * @example
 * ```ts
 * const e: Erratum = { line: 41, column: 5, kind: "wording", original: " and ", repaired: "和" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Erratum = Schema.Struct({
  line: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  column: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  kind: ErratumKind,
  original: Schema.String.check(Schema.isMinLength(1)),
  repaired: Schema.String,
}).annotate({ identifier: "Erratum" })

/**
 * @category models
 * @since 0.1.0
 */
export type Erratum = typeof Erratum.Type
