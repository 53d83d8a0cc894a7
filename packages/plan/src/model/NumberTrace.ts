/**
 * The traceability list: every number in the text that is not a target figure,
 * with what it is (a date, a document number, a name…).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { SectionId } from "./Section.ts"
import { Text } from "./Text.ts"

/**
 * What a number in the text that is not a target is:
 * `period` (2021-2025), `date` (2021年3月24日印发), `documentNumber` (〔2019〕88号),
 * `name` (the “99 公益日” campaign), `ordinal` (a list or heading number),
 * `printRun` (印 29 份: copies printed).
 *
 * @category models
 * @since 0.1.0
 */
export const NumberRole = Schema.Literals(["period", "date", "documentNumber", "name", "ordinal", "printRun"]).annotate({
  identifier: "NumberRole",
})

/**
 * @category models
 * @since 0.1.0
 */
export type NumberRole = typeof NumberRole.Type

/**
 * Names of the roles of numbers that are not targets, in both languages.
 *
 * @example
 * ```ts
 * numberRoleNames.documentNumber.zh // => "文件编号"
 * numberRoleNames.printRun.en // => "Print run"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const numberRoleNames: { readonly [K in NumberRole]: Text } = {
  period: { zh: "规划期", en: "Plan period" },
  date: { zh: "日期", en: "Date" },
  documentNumber: { zh: "文件编号", en: "Document number" },
  name: { zh: "名称中的数字", en: "Number in a name" },
  ordinal: { zh: "序号", en: "Ordinal" },
  printRun: { zh: "印数", en: "Print run" },
}

/**
 * A reviewed number that is not a target: the figure (a span of the quote such as
 * `2021-2025` or `〔2019〕88`, covering every number inside it), a verbatim quote around it,
 * the section, its role and a note for the reviewer.
 *
 * @example
 * ```ts
 * const n: NotATarget = {
 *   figure: "〔2019〕88", quote: "宁应急〔2019〕88号", section: "task-1", role: "documentNumber",
 *   note: { zh: "文件编号", en: "Document number" },
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const NotATarget = Schema.Struct({
  figure: Schema.String.check(Schema.isPattern(/\d/, { message: "must contain a number" })),
  quote: Schema.String,
  section: SectionId,
  role: NumberRole,
  note: Text,
})
  .check(
    Schema.makeFilter((n) =>
      n.quote.includes(n.figure) ? undefined : { path: ["figure"], issue: `"${n.figure}" does not occur in the quote` },
    ),
  )
  .annotate({ identifier: "NotATarget" })

/**
 * @category models
 * @since 0.1.0
 */
export type NotATarget = typeof NotATarget.Type
