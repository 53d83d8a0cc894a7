/**
 * Regional allocation (分解): split an integer regional target across units by weights so
 * that the parts sum exactly to the whole (largest remainder), with per-unit minimums and
 * deterministic ties.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { cities } from "../Regions.ts"
import { Amount, bilingual, Count, type FormulaError, formulaError, plainEntry } from "./Inputs.ts"

/**
 * One unit to allocate to: a code (or any unique key), a weight, an optional minimum.
 *
 * @category models
 * @since 0.1.0
 */
export const AllocationUnit = Schema.Struct({
  code: Schema.String.check(Schema.isNonEmpty({ message: bilingual("must not be empty", "不能为空") })),
  weight: Amount,
  minimum: Schema.optionalKey(Count),
}).annotate({ identifier: "AllocationUnit" })

/**
 * Input of {@link allocate}.
 *
 * @category models
 * @since 0.1.0
 */
export const AllocationInput = Schema.Struct({
  total: Count,
  units: Schema.Array(AllocationUnit),
}).annotate({ identifier: "AllocationInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type AllocationInput = typeof AllocationInput.Type

/**
 * One unit's part: its exact quota (total × weight ÷ Σ weights, after minimums) and the
 * whole number it receives.
 *
 * @category models
 * @since 0.1.0
 */
export interface AllocationPart {
  readonly code: string
  readonly weight: number
  readonly minimum: number
  readonly quota: number
  readonly part: number
  readonly atMinimum: boolean
}

/**
 * Result of {@link allocate}: parts in input order; they sum to `total`.
 *
 * @category models
 * @since 0.1.0
 */
export interface Allocation {
  readonly total: number
  readonly parts: ReadonlyArray<AllocationPart>
}

/**
 * Why a total cannot be allocated.
 *
 * @category models
 * @since 0.1.0
 */
export type AllocationError = FormulaError<"ImpossibleMinimums" | "NoWeight" | "NoUnits" | "DuplicateUnit"> & {
  readonly path: ReadonlyArray<PropertyKey>
}

/**
 * Largest-remainder (Hamilton) allocation with minimums. Units whose proportional quota
 * falls below their minimum are fixed at the minimum and the rest is shared again among the
 * others, until no quota is below its minimum; then every unit gets the whole part of its
 * quota and the units with the largest remainders get one more. Ties go to the larger
 * weight, then to the earlier unit in the input. The parts always sum to the total.
 *
 * For the plan's region-wide increments, e.g. 「基层组织」 +500 across the five cities.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = allocate({ total: 10, units: [{ code: "a", weight: 1 }, { code: "b", weight: 1 }, { code: "c", weight: 1 }] })
 * Result.isSuccess(r) && r.success.parts.map((p) => p.part) // => [4, 3, 3]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const allocate = (input: AllocationInput): Result.Result<Allocation, AllocationError> => {
  const { total, units } = input
  if (units.length === 0) {
    return Result.fail({ ...formulaError("NoUnits", "there are no units to allocate to", "没有可分配的单位"), path: ["units"] })
  }
  const codes = new Set<string>()
  for (const [i, u] of units.entries()) {
    if (codes.has(u.code))
      return Result.fail({
        ...formulaError("DuplicateUnit", `${u.code} is listed twice`, `${u.code} 重复出现`),
        path: ["units", i, "code"],
      })
    codes.add(u.code)
  }
  const minimums = units.map((u) => u.minimum ?? 0)
  const sumMinimums = minimums.reduce((a, b) => a + b, 0)
  if (sumMinimums > total) {
    return Result.fail({
      ...formulaError(
        "ImpossibleMinimums",
        `the minimums add up to ${sumMinimums}, more than the total ${total}`,
        `各单位最低数合计 ${sumMinimums}，超过总数 ${total}`,
      ),
      path: ["total"],
    })
  }
  const fixed = units.map(() => false)
  const quotas = units.map(() => 0)
  for (;;) {
    let free = total
    let weight = 0
    for (const [i, u] of units.entries()) {
      if (fixed[i] === true) free -= minimums[i] ?? 0
      else weight += u.weight
    }
    if (weight === 0) {
      // Nothing left to share by weight: the free units get their minimums, and any rest is impossible.
      const freeMinimums = units.reduce((acc, _, i) => acc + (fixed[i] === true ? 0 : (minimums[i] ?? 0)), 0)
      if (free !== freeMinimums) {
        return Result.fail({
          ...formulaError("NoWeight", "the weights add up to 0: nothing to share by", "权重合计为 0，无法按权重分配"),
          path: ["units"],
        })
      }
      for (const [i] of units.entries()) quotas[i] = minimums[i] ?? 0
      break
    }
    let changed = false
    for (const [i, u] of units.entries()) {
      if (fixed[i] === true) {
        quotas[i] = minimums[i] ?? 0
        continue
      }
      const quota = (free * u.weight) / weight
      quotas[i] = quota
      if (quota < (minimums[i] ?? 0)) {
        fixed[i] = true
        changed = true
      }
    }
    if (!changed) break
  }
  const parts = quotas.map((q) => Math.floor(q))
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = units
    .map((u, i) => ({ i, remainder: (quotas[i] ?? 0) - (parts[i] ?? 0), weight: u.weight, fixed: fixed[i] === true }))
    .filter((x) => !x.fixed)
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i)
  for (const x of order) {
    if (left <= 0) break
    parts[x.i] = (parts[x.i] ?? 0) + 1
    left -= 1
  }
  return Result.succeed({
    total,
    parts: units.map((u, i) => ({
      code: u.code,
      weight: u.weight,
      minimum: minimums[i] ?? 0,
      quota: quotas[i] ?? 0,
      part: parts[i] ?? 0,
      atMinimum: fixed[i] === true,
    })),
  })
}

/**
 * {@link allocate} for plain callers.
 *
 * @example
 * ```ts
 * allocateFromUnknown({ total: 2, units: [{ code: "a", weight: 1, minimum: 2 }, { code: "b", weight: 1, minimum: 1 }] })
 * // => { ok: false, issues: [{ path: ["total"], at: "total", message: "the minimums add up to 3, more than the total 2 | 各单位最低数合计 3，超过总数 2" }] }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const allocateFromUnknown = plainEntry(AllocationInput, allocate)

/**
 * The five prefecture-level cities weighted by 2020 census resident population, the
 * default weights for a regional split. County populations are not in the data: for counties
 * the user gives the weights.
 *
 * @example
 * ```ts
 * cityWeights()[0] // => { code: "640100", weight: 2859074 }
 * cityWeights(1)[0] // => { code: "640100", weight: 2859074, minimum: 1 }
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const cityWeights = (minimum?: number): ReadonlyArray<{ code: string; weight: number; minimum?: number }> =>
  cities.map((c) => {
    const census = c.population.find((f) => f.kind === "census")?.value ?? 0
    return minimum === undefined ? { code: c.code, weight: census } : { code: c.code, weight: census, minimum }
  })
