import { describe, expect, it } from "vitest"
import {
  findIndicator,
  getIndicator,
  getTarget,
  indicatorOf,
  indicators,
  itemsByColumn,
  statementsOf,
  targets,
  targetsBySection,
} from "../src/index.ts"

describe("accessors", () => {
  it("getIndicator finds by id and by sequence", () => {
    expect(getIndicator("certificate-holders")).toBe(getIndicator(4))
    expect(getIndicator(9).increase.value).toBe(8_000)
    expect(() => getIndicator(16)).toThrow(RangeError)
    expect(findIndicator("nope")).toBeUndefined()
  })

  it("every indicator's subject is shared by its other statements, or it is table-only", () => {
    const linked = indicators.filter((row) => statementsOf(row).length > 0).map((r) => r.sequence)
    expect(linked).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    for (const t of targets) {
      const row = indicatorOf(t)
      if (row !== undefined) expect(statementsOf(row)).toContain(t)
    }
  })

  it("targetsBySection includes subsections", () => {
    expect(targetsBySection("column-2").map((t) => t.source.section)).toEqual(
      expect.arrayContaining(["column-2/item-01", "column-2/item-04", "column-2/item-05", "column-2/item-10"]),
    )
    expect(targetsBySection("goal-6")).toEqual([])
  })

  it("itemsByColumn returns each column's items", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => itemsByColumn(n).length)).toEqual([8, 13, 10, 7, 7, 6, 1, 3])
    expect(itemsByColumn(9)).toEqual([])
  })

  it("getTarget returns the statement with its quote", () => {
    expect(getTarget("stem-cell-registry-total-goal").quantity?.value).toBe(37_000)
  })
})
