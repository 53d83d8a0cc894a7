/** When the first page may do its deferred work: after it has loaded, when the browser is idle. */

/** Runs `task` once the page has loaded (at once if it already has). */
export const afterLoad = (task: () => void): void => {
  if (document.readyState === "complete") task()
  else window.addEventListener("load", () => task(), { once: true })
}

/**
 * Runs `task` in a task of its own when the browser is next idle, or after `timeout` ms at the
 * latest; where there is no `requestIdleCallback` (Safari), after `fallback` ms.
 */
export const whenIdle = (task: () => void, timeout: number, fallback = 1): void => {
  if ("requestIdleCallback" in window) window.requestIdleCallback(() => task(), { timeout })
  else setTimeout(task, fallback)
}
