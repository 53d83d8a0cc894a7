import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { nextTick } from "vue"
import { evaluatePlanFromUnknown } from "../../../packages/plan/src/evaluation/Evaluate.ts"
import { linearStatusNames } from "../../../packages/plan/src/evaluation/Methods.ts"
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
})
