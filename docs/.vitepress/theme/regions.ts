/**
 * The default theme's regions (navigation bar and its menus, local navigation, sidebar,
 * content, aside, footer), hydrated one at a time instead of all in one long task.
 *
 * VitePress hydrates the whole layout in one task as soon as the page's scripts have run: on
 * a mid-range phone that is a quarter of a second during which a tap waits. Here each region
 * keeps its server-rendered HTML (already complete and readable) and hydrates in its own task,
 * one after another, once the page has loaded. A region the layout hides at the current width
 * (the sidebar and the aside on a phone, the desktop menus) waits until the width shows it.
 * The moment the reader does anything (a key, a pointer, a touch, focus, a click) every region
 * still waiting hydrates at once, in a listener that runs before the event reaches its target,
 * so the event finds the page's handlers in place and nothing has to be replayed. A page reached
 * by client-side navigation has no server HTML to hydrate, and Vue renders it as usual.
 */
import { type Component, defineAsyncComponent, type HydrationStrategy } from "vue"
import { afterLoad, whenIdle } from "./idle.ts"

/** Events that mean the reader is about to use the page (capture phase, on the document). */
export const interactionEvents = ["pointerdown", "mousedown", "touchstart", "keydown", "focusin", "click", "input", "wheel"] as const

// Every region not hydrated yet, in the order met (all hydrate on the first interaction), and
// those of them to hydrate one per task once the page has loaded.
const waiting = new Set<() => void>()
const queue: Array<() => void> = []

const hydrateAll = (): void => {
  queue.length = 0
  for (const run of [...waiting]) run()
}

let listening = false
const onInteraction = (): void => hydrateAll()
const listen = (): void => {
  if (listening) return
  listening = true
  for (const type of interactionEvents) document.addEventListener(type, onInteraction, { capture: true, passive: true })
  window.addEventListener("popstate", onInteraction)
}
const stopListening = (): void => {
  if (!listening) return
  listening = false
  for (const type of interactionEvents) document.removeEventListener(type, onInteraction, { capture: true })
  window.removeEventListener("popstate", onInteraction)
}

// One region per task: hydrate the first queued region, then schedule the next.
let scheduled = false
const hydrateNext = (): void => {
  const next = queue.shift()
  if (next === undefined) {
    scheduled = false
    return
  }
  next()
  whenIdle(hydrateNext, 500)
}
const schedule = (): void => {
  if (scheduled) return
  scheduled = true
  afterLoad(() => whenIdle(hydrateNext, 1000))
}

/**
 * A strategy that hydrates in a task of its own after the page has loaded, where `query` (a
 * media query) matches, now or once it starts to, and everywhere on the reader's first
 * interaction. Without a query, the region is always queued.
 */
export const inTurnWhere =
  (query?: string): HydrationStrategy =>
  (hydrate) => {
    const media = query === undefined ? undefined : window.matchMedia(query)
    const enqueue = () => {
      queue.push(run)
      schedule()
    }
    const onMediaChange = (event: MediaQueryListEvent) => {
      if (event.matches) enqueue()
    }
    const forget = () => {
      waiting.delete(run)
      const index = queue.indexOf(run)
      if (index >= 0) queue.splice(index, 1)
      media?.removeEventListener("change", onMediaChange)
      if (waiting.size === 0) stopListening()
    }
    function run() {
      if (!waiting.has(run)) return
      forget()
      hydrate()
    }
    waiting.add(run)
    listen()
    if (media === undefined || media.matches) enqueue()
    else media.addEventListener("change", onMediaChange)
    return forget
  }

/** Hydrates in a task of its own after the page has loaded, or at once on the reader's first interaction. */
export const inTurn: HydrationStrategy = inTurnWhere()

/** `component`, hydrated in turn where `query` matches (see {@link inTurnWhere}); rendered as usual everywhere else. */
export const hydratedInTurn = (component: Component, query?: string): Component =>
  defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: inTurnWhere(query) })
