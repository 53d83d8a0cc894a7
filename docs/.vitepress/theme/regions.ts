/**
 * The default theme's regions (navigation bar, local navigation, sidebar, content, footer),
 * hydrated one at a time instead of all in one long task.
 *
 * VitePress hydrates the whole layout in one task as soon as the page's scripts have run: on
 * a mid-range phone that is a quarter of a second during which a tap waits. Here each region
 * keeps its server-rendered HTML (already complete and readable) and hydrates in its own task,
 * one after another, once the page has loaded. The moment the reader does anything (a key, a
 * pointer, a touch, focus, a click) every region still waiting hydrates at once, in a listener
 * that runs before the event reaches its target, so the event finds the page's handlers in
 * place and nothing has to be replayed. A page reached by client-side navigation has no server
 * HTML to hydrate, and Vue renders it as usual.
 */
import { type Component, defineAsyncComponent, type HydrationStrategy } from "vue"

/** Events that mean the reader is about to use the page (capture phase, on the document). */
export const interactionEvents = ["pointerdown", "mousedown", "touchstart", "keydown", "focusin", "click", "input"] as const

const waiting: Array<() => void> = []
let scheduled = false

const hydrateAll = (): void => {
  removeListeners()
  for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) next()
}

const onInteraction = (): void => hydrateAll()

let listening = false
const addListeners = (): void => {
  if (listening) return
  listening = true
  for (const type of interactionEvents) document.addEventListener(type, onInteraction, { capture: true, passive: true })
  window.addEventListener("popstate", onInteraction)
}
function removeListeners(): void {
  if (!listening) return
  listening = false
  for (const type of interactionEvents) document.removeEventListener(type, onInteraction, { capture: true })
  window.removeEventListener("popstate", onInteraction)
}

/** Runs `task` in a task of its own once the browser is idle (or after `timeout` ms at the latest). */
const whenIdle = (task: () => void, timeout: number): void => {
  if ("requestIdleCallback" in window) window.requestIdleCallback(task, { timeout })
  else setTimeout(task, 1)
}

// One region per task: hydrate the first waiting region, then schedule the next.
const hydrateNext = (): void => {
  const next = waiting.shift()
  if (next === undefined) {
    scheduled = false
    removeListeners()
    return
  }
  next()
  whenIdle(hydrateNext, 500)
}

const schedule = (): void => {
  if (scheduled) return
  scheduled = true
  const start = () => whenIdle(hydrateNext, 1000)
  if (document.readyState === "complete") start()
  else window.addEventListener("load", start, { once: true })
}

/** Hydrates in a task of its own after the page has loaded, or at once on the reader's first interaction. */
export const inTurn: HydrationStrategy = (hydrate) => {
  let done = false
  const run = () => {
    if (done) return
    done = true
    hydrate()
  }
  waiting.push(run)
  addListeners()
  schedule()
  return () => {
    done = true
    const index = waiting.indexOf(run)
    if (index >= 0) waiting.splice(index, 1)
  }
}

/** `component`, hydrated in turn (see {@link inTurn}); rendered as usual everywhere else. */
export const hydratedInTurn = (component: Component): Component =>
  defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: inTurn })
