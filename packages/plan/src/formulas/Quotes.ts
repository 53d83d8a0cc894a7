/**
 * Verbatim quotes of target statements, for citing the plan beside a formula's result.
 *
 * @since 0.1.0
 */
import { type TargetStatementId, targets } from "../data/targets.ts"

/**
 * The verbatim Chinese quote of a target statement, as stored in the data.
 *
 * @example
 * ```ts
 * quoteOf("certificate-share-goal") // => "全区取得应急救护培训证书人数占总人口比例不少于 2%"
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const quoteOf = (id: TargetStatementId): string => {
  const found = targets.find((t) => t.id === id)
  // A missing id is a bug in the data literal, not bad user input.
  if (found === undefined) throw new RangeError(`no target "${id}" in the data`)
  return found.source.quote
}
