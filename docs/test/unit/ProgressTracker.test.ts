import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { nextTick } from "vue"
import { evaluatePlanFromUnknown, planEvaluationTargets } from "../../../packages/plan/src/evaluation/Evaluate.ts"
import { cagrStatusNames, linearStatusNames } from "../../../packages/plan/src/evaluation/Methods.ts"
import { progressPathFromUnknown } from "../../../packages/plan/src/evaluation/ProgressPath.ts"
import ProgressTracker from "../../.vitepress/theme/calculators/ProgressTracker.vue"
import { parseTrackerJson, storageKey } from "../../.vitepress/theme/calculators/tracker.ts"

beforeEach(() => {
  window.history.replaceState(null, "", "/en/calculators/tracker")
  window.localStorage.clear()
})

const enter = async (wrapper: ReturnType<typeof mount>, key: string, value: string) => {
  const input = wrapper.get(`[data-entry="${key}"]`)
  await input.setValue(value)
  await input.trigger("change")
  await nextTick()
}

describe("ProgressTracker", () => {
  it("evaluates the entries with the library and stores them", async () => {
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#tracker-date").setValue("2023-12-31")
    for (const year of [2021, 2022, 2023]) await enter(wrapper, `certificate-holders:${year}`, "15000")
    const expected = evaluatePlanFromUnknown({
      date: "2023-12-31",
      data: { "certificate-holders": { observations: [2021, 2022, 2023].map((year) => ({ year, value: 15000 })) } },
    })
    if (!expected.ok) throw new Error("library rejected valid data")
    expect(wrapper.get("[data-summary]").text()).toBe(expected.value.summary.en)
    const item = expected.value.items.find((i) => i.target.key === "certificate-holders")
    if (item?.result._tag !== "Evaluated" || !("linear" in item.result)) throw new Error("not evaluated")
    expect(wrapper.get('[data-status="certificate-holders"]').text()).toBe(linearStatusNames[item.result.linear.status].en)
    const stored = parseTrackerJson(window.localStorage.getItem(storageKey) ?? "", "en")
    expect(stored.ok && stored.value.entries["certificate-holders"]?.["2022"]).toBe("15000")
  })

  it("restores the stored data on mount", async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 1, entries: { members: { "2021": "123" } } }))
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    await nextTick()
    expect((wrapper.get('[data-entry="members:2021"]').element as HTMLInputElement).value).toBe("123")
  })

  it("ignores corrupt storage and rejects bad entries and dates with messages, never NaN", async () => {
    window.localStorage.setItem(storageKey, "{not json")
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    await enter(wrapper, "members:2021", "-4")
    expect(wrapper.get("[data-field-error]").text()).toContain("must not be negative")
    await wrapper.get("#tracker-date").setValue("2023-02-30")
    expect(wrapper.get("#tracker-date-error").text()).toContain("not a real calendar date")
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it("asks before clearing", async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 1, entries: { members: { "2021": "123" } } }))
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    const confirm = vi.fn().mockReturnValueOnce(false)
    vi.stubGlobal("confirm", confirm)
    window.confirm = confirm
    await wrapper.get('[data-action="clear"]').trigger("click")
    expect(confirm).toHaveBeenCalledOnce()
    expect((wrapper.get('[data-entry="members:2021"]').element as HTMLInputElement).value).toBe("123")
    confirm.mockReturnValueOnce(true)
    await wrapper.get('[data-action="clear"]').trigger("click")
    await nextTick()
    expect((wrapper.get('[data-entry="members:2021"]').element as HTMLInputElement).value).toBe("")
  })

  it("switches method: Statistics Canada says a zero-base increment is not applicable", async () => {
    window.history.replaceState(null, "", "/en/calculators/tracker?method=cagr&date=2023-12-31")
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    await enter(wrapper, "certificate-holders:2021", "15000")
    expect(wrapper.get('[data-status="certificate-holders"]').text()).toMatch(/base is 0/)
  })

  it("counts every method's categories with the library", async () => {
    window.history.replaceState(null, "", "/en/calculators/tracker?method=cagr&date=2023-12-31")
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    const registry = [30000, 31500, 33000]
    for (const [i, value] of registry.entries()) await enter(wrapper, `stem-cell-registry:${2021 + i}`, String(value))
    await enter(wrapper, "certificate-holders:2021", "15000")
    const expected = evaluatePlanFromUnknown({
      date: "2023-12-31",
      data: {
        "stem-cell-registry": { observations: registry.map((value, i) => ({ year: 2021 + i, value })) },
        "certificate-holders": { observations: [{ year: 2021, value: 15000 }] },
      },
    })
    if (!expected.ok) throw new Error("library rejected valid data")
    const counts = expected.value.countsByMethod.cagr
    const shown = Object.fromEntries(
      wrapper.findAll("[data-counts] li").flatMap((li) => {
        const category = li.attributes("data-category")
        const style = li.attributes("style") ?? ""
        return category === undefined || style.includes("display: none") ? [] : [[category, li.text()]]
      }),
    )
    for (const [category, n] of Object.entries(counts)) {
      if (n > 0) expect(shown[category]).toMatch(new RegExp(`: ${n} / 15$|：${n} / 15$`))
      else expect(shown[category]).toBeUndefined()
    }
    const item = expected.value.items.find((i) => i.target.key === "stem-cell-registry")
    if (item?.result._tag !== "Evaluated" || item.result.cagr._tag !== "Assessed") throw new Error("not assessed")
    expect(wrapper.get('[data-status="stem-cell-registry"]').text()).toBe(cagrStatusNames[item.result.cagr.status].en)
  })

  it("charts the actual values against the library's target path", async () => {
    window.history.replaceState(null, "", "/en/calculators/tracker?chart=stem-cell-registry")
    const wrapper = mount(ProgressTracker, { props: { locale: "en" } })
    await nextTick()
    await enter(wrapper, "stem-cell-registry:2021", "30000")
    await enter(wrapper, "stem-cell-registry:2022", "31000")
    const registry = planEvaluationTargets.find((t) => t.key === "stem-cell-registry")
    if (registry === undefined) throw new Error("no registry target")
    const path = progressPathFromUnknown({
      kind: registry.kind,
      target: registry.target,
      ...(registry.baseline === undefined ? {} : { baseline: registry.baseline }),
      observations: [
        { year: 2021, value: 30000 },
        { year: 2022, value: 31000 },
      ],
    })
    if (!path.ok) throw new Error("library rejected valid data")
    const en = (n: number | undefined) => (n === undefined ? "—" : new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n))
    expect(wrapper.findAll("[data-chart-planned]").map((c) => c.text())).toEqual(path.value.years.map((y) => en(y.planned)))
    expect(wrapper.findAll("[data-chart-actual]").map((c) => c.text())).toEqual(path.value.years.map((y) => en(y.actual)))
    expect(wrapper.findAll("svg.calc-chart circle")).toHaveLength(2)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
})
