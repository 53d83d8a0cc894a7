import { describe, expect, it } from "vitest"
import { plan, renderPlan, traceNumbers } from "../src/index.ts"

describe("traceNumbers", () => {
  const trace = traceNumbers(plan)

  it("accounts for every number in the text", () => {
    expect(trace.unaccounted.map((n) => `${n.section}: ${n.figure} in …${n.context}…`)).toEqual([])
    expect(trace.numbers.length).toBeGreaterThan(150)
  })

  it("has no reviewed not-a-target entry that accounts for nothing", () => {
    expect(trace.unusedNotTargets).toEqual([])
  })

  it("traces target figures, deadlines and baselines to their targets", () => {
    const inGoal2 = trace.numbers.filter((n) => n.section === "goal-2")
    const eight = inGoal2.find((n) => n.figure === "8")
    expect(eight?.accounts).toContainEqual({ type: "target", id: "certificate-holders-goal", as: "quantity" })
    const baseline = inGoal2.find((n) => n.figure === "2020")
    expect(baseline?.accounts).toContainEqual({ type: "target", id: "certificate-holders-goal", as: "baseline" })
  })

  it("traces the print run and the document numbers to the reviewed list", () => {
    const printRun = trace.numbers.find((n) => n.section === "colophon" && n.figure === "29")
    expect(printRun?.accounts).toEqual([expect.objectContaining({ type: "notATarget", role: "printRun" })])
    const docNumbers = trace.numbers.filter((n) => n.accounts.some((a) => a.type === "notATarget" && a.role === "documentNumber"))
    expect(docNumbers.map((n) => n.figure)).toEqual(["2019", "88", "2019", "45", "2019", "63", "2021", "4", "2020", "137", "2020", "136"])
  })

  it("fails on a number that nothing accounts for", () => {
    const blocks = renderPlan(plan).map((b) => (b.section === "goal-5" ? { ...b, zh: `${b.zh}新增红十字服务站 12 个。` } : b))
    const drifted = traceNumbers(plan, blocks)
    expect(drifted.unaccounted.map((n) => [n.section, n.figure])).toEqual([["goal-5", "12"]])
  })

  it("fails when a target's figure leaves the text", () => {
    const blocks = renderPlan(plan).map((b) => (b.section === "goal-5" ? { ...b, zh: b.zh.replace("30000", "三万") } : b))
    expect(
      traceNumbers(plan, blocks)
        .numbers.filter((n) => n.section === "goal-5")
        .map((n) => n.figure),
    ).toEqual(["500"])
  })

  it("reports a stale not-a-target entry", () => {
    const [first] = plan.notTargets
    if (first === undefined) throw new Error("no not-a-target entries")
    const stale = { ...plan, notTargets: [...plan.notTargets, { ...first, section: "goal-1" }] }
    expect(traceNumbers(stale).unusedNotTargets).toHaveLength(1)
  })
})
