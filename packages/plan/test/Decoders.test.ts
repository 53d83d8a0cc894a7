import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { describe, expect, it } from "vitest"
import { decodeIndicator, decodePlan, decodePlanEffect, decodeTarget, getIndicator, getTarget, planData } from "../src/index.ts"

describe("decoders", () => {
  it("decodePlan accepts the plan data and reports issues without throwing", () => {
    expect(decodePlan(planData).ok).toBe(true)
    for (const input of [null, 42, "plan", {}, []]) {
      const result = decodePlan(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0)
    }
  })

  it("decodeTarget and decodeIndicator round-trip the data's own records", () => {
    expect(decodeTarget(planData.targets[0])).toEqual({ ok: true, value: getTarget("overall-goal") })
    expect(decodeIndicator(planData.indicatorTable.rows[3])).toEqual({ ok: true, value: getIndicator(4) })
    const bad = decodeIndicator({ ...planData.indicatorTable.rows[0], sequence: 16 })
    expect(bad.ok ? [] : bad.issues.map((i) => i.at)).toEqual(["sequence"])
  })

  it("decodePlanEffect fails with a SchemaError as an Effect", async () => {
    const exit = await Effect.runPromiseExit(decodePlanEffect({}))
    expect(Exit.isFailure(exit)).toBe(true)
    const ok = await Effect.runPromise(decodePlanEffect(planData))
    expect(ok.indicatorTable.rows).toHaveLength(15)
  })
})
