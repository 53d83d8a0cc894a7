import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { nextTick } from "vue"
import { allocateFromUnknown, cityWeights } from "../../../packages/plan/src/formulas/Allocation.ts"
import { fundraisingFromUnknown } from "../../../packages/plan/src/formulas/Fundraising.ts"
import AllocationCalculator from "../../.vitepress/theme/calculators/AllocationCalculator.vue"
import FundraisingCalculator from "../../.vitepress/theme/calculators/FundraisingCalculator.vue"

const formatted = (n: number | undefined) => (n === undefined ? "—" : new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n))

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/x"))

describe("FundraisingCalculator", () => {
  it("shows the library's cumulative figures", async () => {
    const wrapper = mount(FundraisingCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#funds-y2021").setValue("1600000")
    await wrapper.get("#funds-y2022").setValue("1,200,000")
    const expected = fundraisingFromUnknown({
      yearly: [
        { year: 2021, amount: 1600000 },
        { year: 2022, amount: 1200000 },
      ],
    })
    if (!expected.ok) throw new Error("library rejected a valid scenario")
    expect(wrapper.get('[data-value="total"]').text()).toBe(formatted(expected.value.total))
    expect(wrapper.get('[data-value="requiredPerRemainingYear"]').text()).toBe(formatted(expected.value.requiredPerRemainingYear))
  })
  it("follows a 2026–2030 period", async () => {
    const wrapper = mount(FundraisingCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#funds-from").setValue("2026")
    await wrapper.get("#funds-to").setValue("2030")
    expect(wrapper.find("#funds-y2030").exists()).toBe(true)
    expect(wrapper.find("#funds-y2025").exists()).toBe(false)
  })
  it.each([
    ["#funds-y2021", "-5", "Raised in 2021 (CNY): must not be negative"],
    ["#funds-perYear", "abc", "Yearly target (CNY): must be a number"],
    ["#funds-from", "20.5", "Period starts: must be a whole year"],
    ["#funds-total", "", "Total target (CNY): is required"],
  ])("rejects %s = %j", async (selector, value, message) => {
    const wrapper = mount(FundraisingCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get(selector).setValue(value)
    expect(wrapper.get(`${selector}-error`).text()).toContain(message)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
})

describe("AllocationCalculator", () => {
  it("splits the target by census population through the library; parts sum to the target", async () => {
    const wrapper = mount(AllocationCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#alloc-total").setValue("501")
    await wrapper.get("#alloc-minimum").setValue("1")
    const expected = allocateFromUnknown({ total: 501, units: cityWeights(1) })
    if (!expected.ok) throw new Error("library rejected a valid scenario")
    const parts = wrapper.findAll('[data-value="part"]').map((td) => td.text())
    expect(parts).toEqual(expected.value.parts.map((p) => formatted(p.part)))
  })
  it("reports impossible minimums and bad weights without NaN", async () => {
    const wrapper = mount(AllocationCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#alloc-total").setValue("3")
    await wrapper.get("#alloc-minimum").setValue("1")
    expect(wrapper.get("[data-summary]").text()).not.toBe("")
    expect(wrapper.find("[data-result]").exists()).toBe(false)
    await wrapper.get("#alloc-total").setValue("10")
    await wrapper.get('[data-weight="640100"]').setValue("-1")
    await wrapper.get('[data-weight="640100"]').trigger("change")
    expect(wrapper.get("[data-field-error]").text()).toContain("must not be negative")
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
})
