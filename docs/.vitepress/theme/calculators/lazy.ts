/**
 * The calculators as the pages use them: rendered at build time, then loaded and made
 * interactive without holding up the first screen.
 *
 * Vue's lazy hydration defers only the hydration: it calls the loader at once, so on a first
 * visit every calculator page fetched and ran the library and the schemas before it had
 * painted. Here, while the first page is being hydrated, a loader waits until the browser is
 * idle after the page has loaded (the server-rendered HTML stays in place meanwhile), and a
 * calculator then hydrates when it scrolls into view. The plan passages and the worked example
 * have nothing to interact with: on a first visit they keep the HTML rendered at build time
 * and are never hydrated. After a client-side navigation there is no server HTML, and Vue
 * loads and renders every one of them at once, as usual.
 */
import { type Component, defineAsyncComponent, type HydrationStrategy, hydrateOnVisible } from "vue"
import { afterLoad, whenIdle } from "../idle.ts"

type Loader = () => Promise<{ default: Component }>

// True until the task that hydrates the first page is over: VitePress mounts the app in the
// microtasks after this module (imported by the page) has run, before any timer fires.
let firstPage = typeof window !== "undefined"
if (firstPage) setTimeout(() => (firstPage = false), 0)

// Resolves once the first page has loaded and the browser is idle.
let idle: Promise<void> | undefined
const firstPageIdle = () => {
  idle ??= new Promise<void>((resolve) => afterLoad(() => whenIdle(resolve, 2000, 200)))
  return idle
}

const deferred =
  (loader: Loader): Loader =>
  () =>
    firstPage ? firstPageIdle().then(loader) : loader()

const lazy = (loader: Loader) => defineAsyncComponent({ loader: deferred(loader), hydrate: hydrateOnVisible({ rootMargin: "200px" }) })

/** A hydration strategy that never hydrates: the server-rendered HTML stays as it is. */
const keepServerHtml: HydrationStrategy = () => undefined

const staticContent = (loader: Loader) => defineAsyncComponent({ loader: deferred(loader), hydrate: keepServerHtml })

export const CertificateShareCalculator = lazy(() => import("./CertificateShareCalculator.vue"))
export const TeacherRatioCalculator = lazy(() => import("./TeacherRatioCalculator.vue"))
export const ReserveCoverageCalculator = lazy(() => import("./ReserveCoverageCalculator.vue"))
export const FundraisingCalculator = lazy(() => import("./FundraisingCalculator.vue"))
export const AllocationCalculator = lazy(() => import("./AllocationCalculator.vue"))
export const NextPlanCalculator = lazy(() => import("./NextPlanCalculator.vue"))
export const ProgressTracker = lazy(() => import("./ProgressTracker.vue"))
export const PlanPassages = staticContent(() => import("./PlanPassages.vue"))
export const WorkedExample = staticContent(() => import("./WorkedExample.vue"))
