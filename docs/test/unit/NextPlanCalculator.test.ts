import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { nextTick } from "vue"
import { targetPathFromUnknown } from "../../../packages/plan/src/formulas/TargetPath.ts"
import { requiredYearlyAdditionsFromUnknown } from "../../../packages/plan/src/formulas/YearlyAdditions.ts"
import NextPlanCalculator from "../../.vitepress/theme/calculators/NextPlanCalculator.vue"

const formatted = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/next-plan"))

describe("NextPlanCalculator", () => {
  it("computes 2026–2030 targets with the library's formulas", async () => {
    const wrapper = mount(NextPlanCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#next-baseline").setValue("37000")
    await wrapper.get("#next-end").setValue("45001")
    const r = requiredYearlyAdditionsFromUnknown({ current: 37000, target: 45001, currentYear: 2025, targetYear: 2030 })
    const path = targetPathFromUnknown({ baseline: 37000, target: 45001, period: { from: 2026, to: 2030 }, baselineYear: 2025 })
    if (!r.ok || !path.ok) throw new Error("library rejected the scenario")
    expect(wrapper.get('[data-value="yearly"]').text()).toBe(formatted(r.value.perYear ?? Number.NaN))
    expect(wrapper.get('[data-value="remaining"]').text()).toBe(formatted(r.value.remaining))
    expect(wrapper.get('[data-value="growth"]').text()).toBe(
      new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 2 }).format(path.value.growthRate ?? Number.NaN),
    )
    const rows = wrapper.findAll("[data-path] tbody tr")
    expect(rows).toHaveLength(5)
    expect(rows.map((row) => row.get("[data-path-value]").text())).toEqual(path.value.linear.map((y) => formatted(y.value)))
    expect(rows.map((row) => row.get("[data-path-added]").text())).toEqual(path.value.linear.map((y) => formatted(y.added)))
    expect(rows.map((row) => row.get("[data-path-compound]").text())).toEqual(path.value.compound?.map((y) => formatted(y.value)))
    expect(rows[4]?.get("[data-path-value]").text()).toBe(formatted(45001))
  })
  it("from a zero baseline shows the cumulative additions and why no growth rate exists", async () => {
    const wrapper = mount(NextPlanCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#next-baseline").setValue("0")
    await wrapper.get("#next-end").setValue("80000")
    expect(wrapper.findAll("[data-path-cumulative]").map((c) => c.text())).toEqual(["16,000", "32,000", "48,000", "64,000", "80,000"])
    expect(wrapper.find("[data-path-compound]").exists()).toBe(false)
    expect(wrapper.get('[data-value="growth"]').text()).toMatch(/base is 0/)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
  it.each([
    ["#next-baseline", "-1", "must not be negative"],
    ["#next-to", "1999", "must be a year from 2000 to 2100"],
    ["#next-baselineYear", "2010", "or later"],
    ["#next-baselineYear", "2030", "before 2030"],
    ["#next-from", "2031", "must not end before it starts"],
  ])("rejects %s = %j", async (selector, value, message) => {
    const wrapper = mount(NextPlanCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get(selector).setValue(value)
    expect(wrapper.text()).toContain(message)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
  it("turns a share of the population into a count through the library", async () => {
    const wrapper = mount(NextPlanCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get('[data-mode="share"]').setValue(true)
    await wrapper.get("#next-share").setValue("150")
    expect(wrapper.get("#next-share-error").text()).toBe("End share wanted: a share cannot exceed 100 %")
  })
})
