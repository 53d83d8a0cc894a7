/**
 * Decoders for the plan and its parts: plain synchronous ones that return a result
 * object (for callers without Effect), and Effect-native ones.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Indicator } from "./model/Indicator.ts"
import { Plan } from "./model/Plan.ts"
import { Target } from "./model/Target.ts"
import { makeDecoder } from "./Validation.ts"

/**
 * Decodes a whole plan object (e.g. the downloadable `plan.json`), synchronously.
 * Never throws: returns `{ ok: true, value }` or `{ ok: false, issues }`, each issue
 * naming its path and rule.
 *
 * @example
 * ```ts
 * const result = decodePlan(JSON.parse(text))
 * if (!result.ok) for (const issue of result.issues) console.error(`${issue.at}: ${issue.message}`)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const decodePlan = makeDecoder(Plan)

/**
 * Decodes one target statement, synchronously, into a result object.
 *
 * @example
 * ```ts
 * decodeTarget({ id: "x" }).ok // => false
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const decodeTarget = makeDecoder(Target)

/**
 * Decodes one indicator row, synchronously, into a result object.
 *
 * @example
 * ```ts
 * decodeIndicator({ sequence: 0 }).ok // => false
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const decodeIndicator = makeDecoder(Indicator)

/**
 * Decodes a whole plan object as an Effect that fails with a `SchemaError`.
 *
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * const plan = await Effect.runPromise(decodePlanEffect(input))
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const decodePlanEffect = Schema.decodeUnknownEffect(Plan)
