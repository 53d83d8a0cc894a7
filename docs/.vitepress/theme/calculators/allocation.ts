/**
 * Regional allocation calculator: split a regional target across the 5 cities (weights:
 * census population by default) or the 22 counties (weights from the user), with minimums,
 * through the library's `allocateFromUnknown`. The parts sum to the target.
 */
import { decodeField, type FieldSpec } from "./core/fields.ts"
import {
  type Allocation,
  allocateFromUnknown,
  cities,
  cityWeights,
  counties,
  indicatorTable,
  type Locale,
  messageIn,
  type Text,
} from "./core/library.ts"
import { rowsFromText } from "./core/rowsState.ts"

/** The total and the minimum applied to units without their own. */
export const allocationFields = [
  { key: "total", label: { zh: "待分解的目标总数", en: "Regional target to split" }, kind: "count", max: 1e10 },
  { key: "minimum", label: { zh: "每个单位至少（可选）", en: "At least per unit (optional)" }, kind: "count", max: 1e10, optional: true },
] as const satisfies ReadonlyArray<FieldSpec>

/** Indicators whose regional increase can be split, as choices. */
export const indicatorChoices = indicatorTable.rows.map((row) => ({
  id: row.id,
  value: String(row.increase.value),
  label: row.name,
  sequence: row.sequence,
}))

/** Defaults: the grassroots-organisations increase across the cities, by census population. */
export const allocationDefaults = {
  indicator: "grassroots-organisations",
  total: String(indicatorTable.rows.find((r) => r.id === "grassroots-organisations")?.increase.value ?? ""),
  level: "cities",
  minimum: "",
  units: "",
}

/** A unit of the chosen level, with its default weight (census for a city, none for a county). */
export interface UnitRow {
  readonly code: string
  readonly name: Text
  readonly defaultWeight: string
}

/** The units of a level. */
export const unitsOf = (level: string): ReadonlyArray<UnitRow> => {
  if (level === "counties") return counties.map((c) => ({ code: c.code, name: c.name, defaultWeight: "" }))
  const weights = cityWeights()
  return cities.map((c) => ({ code: c.code, name: c.name, defaultWeight: String(weights.find((w) => w.code === c.code)?.weight ?? "") }))
}

/** The typed weight and minimum per unit code, from the `units` parameter ([[code, weight, minimum], …]). */
export const unitInputs = (raw: Readonly<Record<string, string | undefined>>): ReadonlyMap<string, { weight?: string; minimum?: string }> =>
  new Map(
    rowsFromText(raw.units ?? "").flatMap((row) =>
      row[0] === undefined ? [] : [[row[0], { weight: row[1] ?? "", minimum: row[2] ?? "" }] as const],
    ),
  )

const weightField = (name: Text): FieldSpec => ({
  key: "weight",
  label: { zh: `${name.zh}的权重`, en: `Weight of ${name.en}` },
  kind: "amount",
  max: 1e12,
})
const minimumField = (name: Text): FieldSpec => ({
  key: "minimum",
  label: { zh: `${name.zh}的最低数`, en: `Minimum of ${name.en}` },
  kind: "count",
  max: 1e10,
  optional: true,
})

/** The outcome: the library's allocation, or messages for the total, the minimum, and each unit. */
export interface AllocationOutcome {
  readonly result: Allocation | undefined
  readonly errors: Partial<Record<"total" | "minimum", string>>
  readonly unitErrors: Readonly<Record<string, string>>
  readonly general: ReadonlyArray<string>
}

/** Decodes the form and each unit's weight and minimum, then runs the library's allocation. */
export const computeAllocation = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): AllocationOutcome => {
  const errors: Partial<Record<"total" | "minimum", string>> = {}
  const total = decodeField(allocationFields[0], raw.total, locale)
  const minimum = decodeField(allocationFields[1], raw.minimum, locale)
  if (!total.ok) errors.total = total.message
  if (!minimum.ok) errors.minimum = minimum.message
  const inputs = unitInputs(raw)
  const unitErrors: Record<string, string> = {}
  const units: Array<{ code: string; weight: number; minimum?: number }> = []
  for (const unit of unitsOf(raw.level ?? "cities")) {
    const typed = inputs.get(unit.code)
    const weight = decodeField(weightField(unit.name), typed?.weight ?? unit.defaultWeight, locale)
    const own = decodeField(minimumField(unit.name), typed?.minimum ?? "", locale)
    if (!weight.ok) unitErrors[unit.code] = weight.message
    else if (!own.ok) unitErrors[unit.code] = own.message
    else if (weight.value !== undefined) {
      const min = own.value ?? (minimum.ok ? minimum.value : undefined)
      units.push(min === undefined ? { code: unit.code, weight: weight.value } : { code: unit.code, weight: weight.value, minimum: min })
    }
  }
  if (!total.ok || !minimum.ok || Object.keys(unitErrors).length > 0) return { result: undefined, errors, unitErrors, general: [] }
  const output = allocateFromUnknown({ total: total.value, units })
  if (output.ok) return { result: output.value, errors, unitErrors, general: [] }
  return { result: undefined, errors, unitErrors, general: output.issues.map((issue) => messageIn(issue.message, locale)) }
}
