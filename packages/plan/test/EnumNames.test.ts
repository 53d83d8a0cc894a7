import { describe, expect, it } from "vitest"
import { ErratumKind, erratumKindNames } from "../src/model/Erratum.ts"
import { NumberRole, numberRoleNames } from "../src/model/NumberTrace.ts"
import { UnitBase, unitBaseNames } from "../src/model/Quantity.ts"
import {
  Comparison,
  comparisonNames,
  Responsible,
  responsibleNames,
  TargetKind,
  TargetMeasure,
  targetKindNames,
  targetMeasureNames,
} from "../src/model/Target.ts"
import type { Text } from "../src/model/Text.ts"

// Every literal of each enum schema, read from the schema itself, has a non-blank name in both
// languages, and the name tables hold no key the schema does not know.
const tables: ReadonlyArray<readonly [string, ReadonlyArray<string>, Readonly<Record<string, Text>>]> = [
  ["TargetKind", TargetKind.literals, targetKindNames],
  ["Comparison", Comparison.literals, comparisonNames],
  ["TargetMeasure", TargetMeasure.literals, targetMeasureNames],
  ["ErratumKind", ErratumKind.literals, erratumKindNames],
  ["NumberRole", NumberRole.literals, numberRoleNames],
  ["UnitBase", UnitBase.literals, unitBaseNames],
  ["Responsible", Responsible.literals, responsibleNames],
]

describe.each(tables)("names of %s", (_name, literals, names) => {
  it("name every literal in zh and en, and nothing else", () => {
    expect(Object.keys(names).sort()).toEqual([...literals].sort())
    for (const literal of literals) {
      const text = names[literal]
      expect(text, literal).toBeDefined()
      expect(text?.zh.trim(), `${literal}.zh`).not.toBe("")
      expect(text?.en.trim(), `${literal}.en`).not.toBe("")
    }
  })

  it("give distinct names to distinct literals", () => {
    const values = Object.values(names)
    expect(new Set(values.map((t) => t.zh)).size).toBe(values.length)
    expect(new Set(values.map((t) => t.en)).size).toBe(values.length)
  })
})
