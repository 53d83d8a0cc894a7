import { flushPromises, mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { nextTick } from "vue"
import { schoolsRatioFromUnknown, teacherRatioFromUnknown } from "../../../packages/plan/src/formulas/TeacherRatio.ts"
import TeacherRatioCalculator from "../../.vitepress/theme/calculators/TeacherRatioCalculator.vue"

const formatted = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/teacher-ratio"))

describe("TeacherRatioCalculator", () => {
  it("computes one unit through the library", async () => {
    const wrapper = mount(TeacherRatioCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#teacher-pupils").setValue("38001")
    await wrapper.get("#teacher-staff").setValue("700")
    const expected = teacherRatioFromUnknown({ pupils: 38001, trainedStaff: 700 })
    if (!expected.ok) throw new Error("library rejected a valid scenario")
    expect(wrapper.get('[data-value="required"]').text()).toBe(formatted(expected.value.required))
    expect(wrapper.get('[data-value="ratioText"]').text()).toBe(expected.value.ratioText)
  })

  it.each([
    ["pupils", "-1", "Pupils: must not be negative"],
    ["staff", "1.5", "Staff trained as first-aiders: must be a whole number"],
    ["perTeacher", "0", "must be at least 1"],
    ["perTeacher", "", "is required"],
  ])("rejects %s = %j", async (key, value, message) => {
    const wrapper = mount(TeacherRatioCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get(`#teacher-${key}`).setValue(value)
    expect(wrapper.get(`#teacher-${key}-error`).text()).toContain(message)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it("reads a pasted table: keeps good rows, lists bad rows with line and reason, shows text as text", async () => {
    const wrapper = mount(TeacherRatioCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get('[data-mode="table"]').setValue(true)
    await wrapper.get("#teacher-paste").setValue("School,Trained staff,Pupils\nA,1,100\nB,-1,50\n<b>C</b>,2,100\nD,,\n")
    await wrapper.get('[data-action="read-paste"]').trigger("click")
    await vi.waitUntil(() => wrapper.find("[data-import-errors]").exists(), { timeout: 5000 })
    await flushPromises()
    const errors = wrapper.findAll("[data-import-errors] li").map((li) => li.text())
    expect(errors).toEqual(["line 3: Trained staff: must not be negative", "line 5: Trained staff: is required; Pupils: is required"])
    const expected = schoolsRatioFromUnknown({
      schools: [
        { name: "A", trainedStaff: 1, pupils: 100 },
        { name: "<b>C</b>", trainedStaff: 2, pupils: 100 },
      ],
    })
    if (!expected.ok) throw new Error("library rejected valid schools")
    expect(wrapper.get('[data-value="failingCount"]').text()).toBe(formatted(expected.value.failingCount))
    expect(wrapper.get('[data-value="aggregateRequired"]').text()).toBe(formatted(expected.value.aggregate.required))
    expect(wrapper.html()).toContain("&lt;b&gt;C&lt;/b&gt;")
    expect(wrapper.find("[data-result] b").exists()).toBe(false)
    expect(new URLSearchParams(window.location.search).get("schools")).toContain("<b>C</b>")
  })
})
