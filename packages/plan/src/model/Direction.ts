/**
 * Which way a target wants its measure to move (目标方向). The 14th plan's targets all
 * want growth; a 2026–2030 plan will also have targets that must fall (下降, 减少) or must
 * stay within a level (不超过, 控制在…以内). Evaluation methods read it: Open SDG 2.4 applies
 * a direction factor to the Statistics Canada ratio, and the UN Progress Chart handles
 * decreases by construction.
 *
 * - `increase`: higher is better, the target is a level or an amount to reach (增加, 达到, 新增).
 * - `decrease`: lower is better, the target is a level to get down to (下降到, 减少到).
 * - `atMost`: a ceiling to stay within for the whole period (不超过, 控制在…以内).
 * - `atLeast`: a floor to stay above for the whole period (不低于, 保持在…以上).
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import type { Text } from "./Text.ts"

/**
 * @category models
 * @since 0.2.0
 */
export const Direction = Schema.Literals(["increase", "decrease", "atMost", "atLeast"]).annotate({
  identifier: "Direction",
  description: "Which way the target wants its measure to move: increase, decrease, atMost (ceiling), atLeast (floor)",
})

/**
 * @category models
 * @since 0.2.0
 */
export type Direction = typeof Direction.Type

/**
 * Names of the directions in both languages.
 *
 * @example
 * ```ts
 * directionNames.decrease.zh // => "下降"
 * directionNames.atMost.en // => "Stay at most"
 * ```
 *
 * @category constants
 * @since 0.2.0
 */
export const directionNames: { readonly [K in Direction]: Text } = {
  increase: { zh: "增长", en: "Increase" },
  decrease: { zh: "下降", en: "Decrease" },
  atMost: { zh: "不超过", en: "Stay at most" },
  atLeast: { zh: "不低于", en: "Stay at least" },
}

/**
 * Whether a larger value is better under a direction (`increase`, `atLeast`) or a smaller one
 * (`decrease`, `atMost`).
 *
 * @example
 * ```ts
 * higherIsBetter("decrease") // => false
 * ```
 *
 * @category utils
 * @since 0.2.0
 */
export const higherIsBetter = (direction: Direction): boolean => direction === "increase" || direction === "atLeast"
