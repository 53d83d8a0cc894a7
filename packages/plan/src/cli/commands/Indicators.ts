/**
 * `indicators`: the 15 main indicators of the plan's table.
 */
import { unitEn, unitZh } from "../../model/Quantity.ts"
import { indicators } from "../../PlanData.ts"
import type { Command } from "../Command.ts"

/** Rows of the indicator table, ready for output. */
export const indicatorRows = () =>
  indicators.map((row) => ({
    sequence: row.sequence,
    id: row.id,
    nameZh: row.name.zh,
    nameEn: row.name.en,
    printed: `${row.increase.printed} ${unitZh(row.increase.unit)}`,
    increase: row.increase.value,
    unit: unitEn({ base: row.increase.unit.base, scale: 1 }),
    kind: row.kind,
    comparison: row.comparison,
  }))

export const indicatorsCommand: Command = {
  name: "indicators",
  summary: "print the plan's 15 main indicators",
  usage: "indicators [--format table|json|csv]",
  description: [
    "Prints the main-indicator table “十四五”时期全区红十字事业发展主要指标: sequence number, id,",
    "name, the increase over 2021–2025 as printed and as a plain number, its kind and comparison.",
    "Use an id or a sequence number wherever another command asks for an indicator.",
  ],
  options: {},
  positionals: { min: 0, max: 0 },
  examples: ["indicators", "indicators --format csv > indicators.csv"],
  run: () => {
    const rows = indicatorRows()
    return {
      ok: true,
      output: {
        table: {
          columns: [
            { key: "sequence", header: "No.", align: "right" },
            { key: "id", header: "id" },
            { key: "nameZh", header: "指标" },
            { key: "nameEn", header: "indicator" },
            { key: "printed", header: "增加值" },
            { key: "increase", header: "increase", align: "right" },
            { key: "unit", header: "unit" },
            { key: "kind", header: "kind" },
            { key: "comparison", header: "comparison" },
          ],
          rows,
        },
        json: indicators,
      },
    }
  },
}
