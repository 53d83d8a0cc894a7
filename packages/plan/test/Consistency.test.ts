import { describe, expect, it } from "vitest"
import { consistencyReport, getTarget, plan } from "../src/index.ts"

describe("consistencyReport", () => {
  const report = consistencyReport(plan)
  const subject = (s: string) => {
    const found = report.subjects.find((r) => r.subject === s)
    if (found === undefined) throw new Error(`no subject ${s}`)
    return found
  }

  it("lists every target stated in more than one place", () => {
    const multi = report.subjects.filter((s) => s.statements.length > 1).map((s) => s.subject)
    expect(multi).toEqual(
      expect.arrayContaining([
        "certificate-holders",
        "certificate-share",
        "teacher-ratio",
        "funds-raised",
        "stem-cell-registry",
        "humanitarian-relief-beneficiaries",
        "body-organ-donation-registrations",
        "volunteer-service-teams",
        "grassroots-organisations",
        "members",
        "registered-volunteers",
        "rescue-teams",
      ]),
    )
  })

  it("reports 13 万人 against 13 万人次 for humanitarian-relief beneficiaries", () => {
    const s = subject("humanitarian-relief-beneficiaries")
    expect(s.unitsAgree).toBe(false)
    expect(s.findings.filter((f) => f.type === "unitMismatch")).toHaveLength(2)
  })

  it("agrees where the plan agrees with itself", () => {
    for (const id of ["certificate-holders", "members", "grassroots-organisations", "registered-volunteers", "public-aeds"]) {
      const s = subject(id)
      expect([s.subject, s.valuesAgree, s.unitsAgree]).toEqual([id, true, true])
    }
  })

  it("implies the stem-cell registry's 2020 baseline: 37,000 − 8,000 = 29,000", () => {
    const implied = report.implied.find((n) => n.subject === "stem-cell-registry")
    expect(implied?.value).toBe(29_000)
  })

  it("checks 1.5 M CNY × 5 years against the 7.5 M total", () => {
    const implied = report.implied.find((n) => n.subject === "funds-raised")
    expect(implied).toMatchObject({ value: 7_500_000, agreesWith: { id: "funds-raised-total-goal", agrees: true } })
  })

  it("flags the table's 13 volunteer teams against the coverage rule, and the counties it implies", () => {
    const s = subject("volunteer-service-teams")
    expect(s.findings.map((f) => f.type)).toContain("kindMismatch")
    expect(report.implied.find((n) => n.subject === "volunteer-service-teams")?.value).toBe(8)
    expect(consistencyReport(plan, { prefectureCities: 4 }).implied.find((n) => n.subject === "volunteer-service-teams")?.value).toBe(9)
  })

  it("names targets stated only in the table or only in a column", () => {
    expect(subject("first-aid-knowledge-reach").findings.map((f) => f.type)).toContain("onlyInTable")
    expect(subject("cadre-trainings").findings.map((f) => f.type)).toContain("onlyInTable")
    const angel = subject("red-cross-angel-programme")
    expect(angel.findings.map((f) => f.type)).toContain("onlyInColumns")
    expect(angel.statements[0]?.value).toBe(getTarget("red-cross-angel-programme-column").quantity?.value)
  })

  it("implies the certificate holders 2 % of the census population requires", () => {
    const values = report.implied.filter((n) => n.subject === "certificate-share").map((n) => n.value)
    expect(values).toEqual([144_054, 64_054])
  })

  it("finds a value mismatch when one statement drifts", () => {
    const drifted = {
      ...plan,
      targets: plan.targets.map((t) =>
        t.id === "members-column" && t.quantity !== undefined ? { ...t, quantity: { ...t.quantity, printed: "3000", value: 3000 } } : t,
      ),
    }
    expect(consistencyReport(drifted).subjects.find((s) => s.subject === "members")?.valuesAgree).toBe(false)
  })
})
