import { mount } from "@vue/test-utils"
import { describe, expect, it } from "vitest"
import { defineComponent, h, nextTick } from "vue"
import { readQuery, useUrlState, writeQuery } from "../../.vitepress/theme/calculators/core/urlState.ts"

const defaults = { holders: "120000", share: "2" }

describe("readQuery / writeQuery", () => {
  it("round-trips any text, valid or not", () => {
    const state = { holders: "-5 & <b>", share: "150%" }
    expect(readQuery(writeQuery("", state, defaults), defaults)).toEqual(state)
  })
  it("writes only what differs from the defaults and keeps other parameters", () => {
    expect(writeQuery("?lang=zh", { holders: "120000", share: "3" }, defaults)).toBe("?lang=zh&share=3")
    expect(writeQuery("", defaults, defaults)).toBe("")
  })
  it("ignores unknown keys", () => {
    expect(readQuery("?evil=1&share=5", defaults)).toEqual({ holders: "120000", share: "5" })
  })
})

describe("useUrlState", () => {
  it("restores the state from the URL on mount and writes changes back", async () => {
    window.history.replaceState(null, "", "/calculators/x?share=7")
    let state: Record<"holders" | "share", string> = { ...defaults }
    mount(
      defineComponent({
        setup() {
          state = useUrlState(defaults)
          return () => h("div")
        },
      }),
    )
    await nextTick()
    expect(state.share).toBe("7")
    state.holders = "99"
    await nextTick()
    await nextTick()
    expect(new URLSearchParams(window.location.search).get("holders")).toBe("99")
  })
})
