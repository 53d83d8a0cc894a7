import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { nextTick } from "vue"
import { coverageFromUnknown, stemCellRegistryFromUnknown } from "../../../packages/plan/src/formulas/Reserve.ts"
import ReserveCoverageCalculator from "../../.vitepress/theme/calculators/ReserveCoverageCalculator.vue"

const formatted = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/reserve-coverage"))

describe("ReserveCoverageCalculator", () => {
  it("shows the library's registry figures", async () => {
    const wrapper = mount(ReserveCoverageCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#reserve-capacity").setValue("31000")
    await wrapper.get("#reserve-asOf").setValue("2022")
    const expected = stemCellRegistryFromUnknown({ capacity: 31000, asOfYear: 2022 })
    if (!expected.ok) throw new Error("library rejected a valid scenario")
    expect(wrapper.get('[data-value="requiredYearlyAdditions"]').text()).toBe(
      formatted(expected.value.requiredYearlyAdditions ?? Number.NaN),
    )
    expect(wrapper.get('[data-value="impliedBaseline"]').text()).toBe(formatted(expected.value.impliedBaseline))
  })
  it("reports an increase above the total on the field", async () => {
    const wrapper = mount(ReserveCoverageCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#reserve-increaseTarget").setValue("99999")
    expect(wrapper.get("#reserve-increaseTarget-error").text()).toContain("exceeds the total target")
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
  it("lists covered and missing units, with the disaster-prone counties the user marks", async () => {
    const wrapper = mount(ReserveCoverageCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get('[data-has="640100"]').setValue(true)
    await wrapper.get('[data-prone="640522"]').setValue(true)
    const expected = coverageFromUnknown({
      rule: "rescue-teams",
      counts: [{ code: "640100", count: 1 }],
      disasterProneCounties: ["640522"],
      capableCounties: [],
    })
    if (!expected.ok) throw new Error("library rejected a valid scenario")
    expect(wrapper.get("[data-summary=coverage]").text()).toContain(`${expected.value.missing.length} missing`)
    expect(new URLSearchParams(window.location.search).get("prone")).toBe("640522")
  })
})
