/**
 * The theme's regions hydrate in turn (theme/regions.ts): none while the page's own scripts
 * run, one per task after the page has loaded, and all at once on the reader's first
 * interaction, in time for that interaction's own handlers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createSSRApp, defineComponent, h, ref } from "vue"
import { renderToString } from "vue/server-renderer"

// The module keeps the queue of waiting regions: a fresh copy for every test.
const load = () => import("../../.vitepress/theme/regions.ts")
const noElements = () => undefined

beforeEach(() => {
  vi.resetModules()
  vi.useFakeTimers()
  document.body.innerHTML = ""
})
afterEach(() => {
  vi.useRealTimers()
})

describe("inTurn", () => {
  it("hydrates nothing at once, then one region per task in the order they were met", async () => {
    const { inTurn } = await load()
    const order: Array<string> = []
    for (const name of ["nav", "sidebar", "content"]) inTurn(() => order.push(name), noElements)
    expect(order).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(order).toEqual(["nav"])
    vi.advanceTimersToNextTimer()
    expect(order).toEqual(["nav", "sidebar"])
    vi.advanceTimersToNextTimer()
    expect(order).toEqual(["nav", "sidebar", "content"])
    vi.runAllTimers()
    expect(order).toEqual(["nav", "sidebar", "content"])
  })

  it.each(["pointerdown", "keydown", "focusin", "click", "touchstart"])(
    "hydrates every waiting region on the first %s, before the event reaches its target",
    async (type) => {
      const { inTurn } = await load()
      const button = document.createElement("button")
      document.body.append(button)
      const received: Array<string> = []
      const hydrated: Array<string> = []
      inTurn(() => {
        hydrated.push("nav")
        // What hydration does: the region's handlers are attached to the server-rendered element.
        button.addEventListener(type, (event) => received.push(event.type))
      }, noElements)
      inTurn(() => hydrated.push("content"), noElements)
      button.dispatchEvent(new Event(type, { bubbles: true }))
      expect(hydrated).toEqual(["nav", "content"])
      expect(received).toEqual([type])
      vi.runAllTimers()
      expect(hydrated).toEqual(["nav", "content"])
    },
  )

  it("never hydrates a region taken away before its turn", async () => {
    const { inTurn } = await load()
    const hydrated: Array<string> = []
    inTurn(() => hydrated.push("kept"), noElements)
    const teardown = inTurn(() => hydrated.push("removed"), noElements)
    if (typeof teardown === "function") teardown()
    vi.runAllTimers()
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }))
    expect(hydrated).toEqual(["kept"])
  })

  it("stops listening for interactions once every region is hydrated", async () => {
    const { inTurn, interactionEvents } = await load()
    const removed = vi.spyOn(document, "removeEventListener")
    inTurn(() => undefined, noElements)
    vi.runAllTimers()
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual([...interactionEvents].sort())
  })
})

describe("hydratedInTurn", () => {
  // A region of a server-rendered page: a counter button, as VitePress would render it.
  const counter = defineComponent({
    setup() {
      const count = ref(0)
      return () => h("button", { onClick: () => count.value++ }, `pressed ${count.value}`)
    },
  })

  const serverRendered = async () => {
    const { hydratedInTurn } = await load()
    const Region = hydratedInTurn(counter)
    const App = defineComponent({ setup: () => () => h("main", [h(Region)]) })
    const container = document.createElement("div")
    vi.useRealTimers()
    container.innerHTML = await renderToString(createSSRApp(App))
    vi.useFakeTimers()
    document.body.append(container)
    const button = container.querySelector("button")
    if (button === null) throw new Error("the server rendered no button")
    const app = createSSRApp(App)
    app.mount(container)
    // Vue resolves the wrapper's loader in a microtask before it hands the region to the strategy.
    await vi.advanceTimersByTimeAsync(0)
    return { button, app }
  }

  it("keeps the server-rendered HTML, and hydrates it in its turn", async () => {
    const { button, app } = await serverRendered()
    expect(button.textContent).toBe("pressed 0")
    await vi.runAllTimersAsync()
    button.dispatchEvent(new Event("click", { bubbles: true }))
    await vi.runAllTimersAsync()
    expect(document.querySelector("button")).toBe(button)
    expect(button.textContent).toBe("pressed 1")
    app.unmount()
  })

  it("lets a click that comes before the region's turn reach its handler", async () => {
    const { button, app } = await serverRendered()
    button.dispatchEvent(new MouseEvent("click", { bubbles: true }))
    await vi.runAllTimersAsync()
    expect(document.querySelector("button")).toBe(button)
    expect(button.textContent).toBe("pressed 1")
    app.unmount()
  })
})

describe("inTurnWhere", () => {
  // A media query list the test switches by hand.
  const fakeMedia = (initially: boolean) => {
    const listeners = new Set<(event: MediaQueryListEvent) => void>()
    const media = {
      matches: initially,
      addEventListener: (_: "change", listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
      removeEventListener: (_: "change", listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
    }
    const set = (matches: boolean) => {
      media.matches = matches
      for (const listener of listeners) listener({ matches } as MediaQueryListEvent)
    }
    vi.spyOn(window, "matchMedia").mockReturnValue(media as unknown as MediaQueryList)
    return { set, listeners }
  }

  it("leaves a region the layout hides at this width until the width shows it", async () => {
    const media = fakeMedia(false)
    const { inTurnWhere } = await load()
    const hydrated: Array<string> = []
    inTurnWhere("(min-width: 960px)")(() => hydrated.push("sidebar"), noElements)
    vi.runAllTimers()
    expect(hydrated).toEqual([])
    media.set(true)
    vi.runAllTimers()
    expect(hydrated).toEqual(["sidebar"])
    expect(media.listeners.size).toBe(0)
  })

  it("hydrates a hidden region on the reader's first interaction, with every other region", async () => {
    fakeMedia(false)
    const { inTurn, inTurnWhere } = await load()
    const hydrated: Array<string> = []
    inTurn(() => hydrated.push("nav"), noElements)
    inTurnWhere("(min-width: 960px)")(() => hydrated.push("sidebar"), noElements)
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }))
    expect(hydrated).toEqual(["nav", "sidebar"])
  })
})
