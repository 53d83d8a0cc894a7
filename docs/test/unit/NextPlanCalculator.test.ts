import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { nextTick } from "vue"
import { stemCellRegistryFromUnknown } from "../../../packages/plan/src/formulas/Reserve.ts"
import NextPlanCalculator from "../../.vitepress/theme/calculators/NextPlanCalculator.vue"

const formatted = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/next-plan"))

describe("NextPlanCalculator", () => {
  it("computes 2026–2030 targets with the library's formulas", async () => {
    const wrapper = mount(NextPlanCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#next-baseline").setValue("37000")
    await wrapper.get("#next-end").setValue("45001")
    const r = stemCellRegistryFromUnknown({
      capacity: 37000,
      asOfYear: 2025,
      totalTarget: 45001,
      increaseTarget: 0,
      period: { from: 2026, to: 2030 },
    })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(wrapper.get('[data-value="yearly"]').text()).toBe(formatted(r.value.requiredYearlyAdditions ?? Number.NaN))
    expect(wrapper.findAll("[data-path] tbody tr")).toHaveLength(5)
  })
  it.each([
    ["#next-baseline", "-1", "must not be negative"],
    ["#next-to", "1999", "must be a year from 2000 to 2100"],
    ["#next-baselineYear", "2010", "or later"],
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
