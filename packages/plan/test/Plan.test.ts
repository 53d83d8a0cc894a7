import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { columns, makeDecoder, Plan, plan, planData } from "../src/index.ts"
import { clone } from "./helpers.ts"

const decodePlan = makeDecoder(Plan)

describe("Plan", () => {
  it("decodes the whole dataset through its schemas", () => {
    const result = decodePlan(planData)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it("encodes back to the data it was decoded from", () => {
    expect(Schema.encodeSync(Plan)(plan)).toEqual(planData)
  })

  it("holds the plan's structure in the expected counts", () => {
    expect(plan.principles.items).toHaveLength(6)
    expect(plan.goals.subGoals).toHaveLength(7)
    expect(plan.indicatorTable.rows).toHaveLength(15)
    expect(plan.tasks.items).toHaveLength(9)
    expect(plan.measures.items).toHaveLength(4)
    expect(columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(plan.tasks.items.map((t) => t.column?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, undefined])
    const projects = columns.flatMap((c) => c.projects)
    expect(projects).toHaveLength(31)
    const items = projects.flatMap((p) => p.items)
    expect(items.filter((i) => i.number !== undefined)).toHaveLength(54)
    const unnumbered = columns.flatMap((c) => c.projects.filter((p) => p.number === undefined).map((p) => [c.number, p.items.length]))
    expect(unnumbered).toEqual([[7, 1]])
  })

  it("numbers items 01, 02 … restarting in every column", () => {
    for (const column of columns) {
      const numbers = column.projects.flatMap((p) => p.items.flatMap((i) => (i.number === undefined ? [] : [i.number])))
      expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    }
  })

  it("has metadata: title, issuer, issue date, period and cited documents", () => {
    expect(plan.metadata.issueDate).toBe("2021-03-24")
    expect(plan.metadata.period).toEqual({ from: 2021, to: 2025 })
    expect(plan.metadata.issuer.zh).toBe("宁夏回族自治区红十字会办公室")
    expect(plan.metadata.basis).toHaveLength(4)
    expect(plan.metadata.citedDocuments.map((d) => d.documentNumber).filter(Boolean)).toEqual([
      "宁应急〔2019〕88号",
      "宁红会字〔2019〕45号",
      "宁红会字〔2019〕63号",
      "宁红会字〔2021〕4号",
      "宁红会字〔2020〕137号",
      "宁红会字〔2020〕136号",
    ])
  })

  describe("a malformed plan yields errors that name the path and the rule", () => {
    const issuesFor = (mutate: (data: ReturnType<typeof clone<typeof planData>>) => unknown) => {
      const data: unknown = mutate(clone(planData))
      const result = decodePlan(data)
      if (result.ok) throw new Error("expected the malformed plan to fail")
      return result.issues
    }

    it("a plain value that disagrees with the printed figure", () => {
      const issues = issuesFor((d) => {
        const rows = d.indicatorTable.rows.map((r, i) => (i === 3 ? { ...r, increase: { ...r.increase, value: 8 } } : r))
        return { ...d, indicatorTable: { ...d.indicatorTable, rows } }
      })
      expect(issues).toEqual([
        expect.objectContaining({ at: "indicatorTable.rows[3].increase.value", message: expect.stringContaining('"8"') }),
      ])
    })

    it("a sequence number out of order", () => {
      const issues = issuesFor((d) => ({
        ...d,
        indicatorTable: { ...d.indicatorTable, rows: [...d.indicatorTable.rows].reverse() },
      }))
      expect(issues[0]).toMatchObject({ at: "indicatorTable.rows[0].sequence", message: "must be 1" })
    })

    it("an unknown kind and a missing field", () => {
      const issues = issuesFor((d) => {
        const [first, ...rest] = d.targets
        const { label: _label, ...withoutLabel } = { ...first, kind: "wish" }
        return { ...d, targets: [withoutLabel, ...rest] }
      })
      expect(issues.map((i) => i.at)).toEqual(expect.arrayContaining(["targets[0].label", "targets[0].kind"]))
    })

    it("a quote that does not hold the target's figure", () => {
      const issues = issuesFor((d) => ({
        ...d,
        targets: d.targets.map((t) => (t.id === "members-goal" ? { ...t, source: { ...t.source, quote: "新增会员" } } : t)),
      }))
      const index = planData.targets.findIndex((t) => t.id === "members-goal")
      expect(issues).toEqual([expect.objectContaining({ at: `targets[${index}].quantity.printed` })])
    })

    it("a section path that does not exist", () => {
      const issues = issuesFor((d) => ({
        ...d,
        targets: d.targets.map((t, i) => (i === 0 ? { ...t, source: { ...t.source, section: "chapter-9" } } : t)),
      }))
      expect(issues[0]).toMatchObject({ at: "targets[0].source.section", message: expect.stringContaining("section path") })
    })

    it("a duplicate target id", () => {
      const issues = issuesFor((d) => ({ ...d, targets: [...d.targets, d.targets[0]] }))
      expect(issues[0]?.message).toContain("duplicate target id")
    })
  })
})
