/**
 * The target-path chart of an indicator, with the period target as a dashed line. The path
 * comes from the library (`targetPath` over the indicator's evaluation target): for an
 * increment the cumulative additions from 0, for a stock the level from the implied baseline
 * (level − increase), for an annual flow the cumulative plan. Written as static SVG (no
 * script) with a title, a description and a data table as its text alternative. Nothing here
 * computes a figure: it only scales the library's values onto the drawing.
 */
import * as Result from "effect/Result"
import { type MessageKey, t } from "../i18n.ts"
import { type Indicator, type Locale, type PathYear, type Period, planEvaluationTargets, targetPath } from "../plan.ts"
import { esc, formatNumber, table, valueText } from "./html.ts"

/** Which path a chart draws, named after the indicator's kind. */
export type PathKind = "increment" | "stock" | "annualFlow"

/** An indicator's target path as the chart draws it: the baseline point, then every year end. */
export interface IndicatorPath {
  readonly kind: PathKind
  readonly start: { readonly year: number; readonly value: number }
  readonly target: number
  readonly years: ReadonlyArray<PathYear>
}

/**
 * The library's linear target path of an indicator: its evaluation target (kind, target,
 * baseline) handed to `targetPath` over the plan period.
 */
export const indicatorPath = (indicator: Indicator, period: Period): IndicatorPath => {
  const goal = planEvaluationTargets.find((g) => g.source === "indicator" && g.key === indicator.subject)
  if (goal === undefined) throw new RangeError(`no evaluation target for indicator ${indicator.id}`)
  const path = targetPath({ baseline: goal.baseline ?? 0, target: goal.target, period: { from: period.from, to: period.to } })
  if (Result.isFailure(path)) throw new RangeError(`no target path for indicator ${indicator.id}: ${path.failure.message}`)
  const kind: PathKind = goal.kind === "stock" || goal.kind === "annualFlow" ? goal.kind : "increment"
  return { kind, start: path.success.start, target: path.success.target, years: path.success.linear }
}

const keys = {
  increment: { desc: "chartDescriptionIncrement", axis: "chartAxisIncrement", col: "chartColIncrement" },
  stock: { desc: "chartDescriptionStock", axis: "chartAxisStock", col: "chartColStock" },
  annualFlow: { desc: "chartDescriptionAnnualFlow", axis: "chartAxisAnnualFlow", col: "chartColAnnualFlow" },
} as const satisfies Record<PathKind, Record<"desc" | "axis" | "col", MessageKey>>

const W = 640
const H = 300
const pad = { left: 80, right: 24, top: 24, bottom: 48 }

/** The chart and its table alternative, as HTML. */
export const pathChart = (indicator: Indicator, period: Period, locale: Locale): string => {
  const path = indicatorPath(indicator, period)
  const k = keys[path.kind]
  const points = [{ year: path.start.year, value: path.start.value }, ...path.years]
  const top = path.target * 1.15
  const x = (i: number) => pad.left + (i * (W - pad.left - pad.right)) / (points.length - 1)
  const y = (v: number) => H - pad.bottom - (v / top) * (H - pad.top - pad.bottom)
  const id = `chart-${indicator.id}`
  const show = (v: number) => valueText(v, indicator.increase, locale)
  const targetText = show(path.target)
  const description = t(locale, k.desc, {
    from: period.from,
    to: period.to,
    baseYear: path.start.year,
    baseline: show(path.start.value),
    target: targetText,
    increase: show(indicator.increase.value),
    perYear: show(path.years[0]?.added ?? 0),
  })
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((s) => s * path.target)
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")
  const axisY = (H - pad.bottom + pad.top) / 2
  const svg = [
    `<svg class="path-chart" data-path-kind="${path.kind}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${esc(t(locale, "chartTitle"))}</title>`,
    `<desc id="${id}-desc">${esc(description)}</desc>`,
    ...ticks.map(
      (v) =>
        `<line class="grid" x1="${pad.left}" x2="${W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>` +
        `<text class="tick" x="${pad.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${esc(formatNumber(v, locale))}</text>`,
    ),
    ...points.map((p, i) => `<text class="tick" x="${x(i).toFixed(1)}" y="${H - pad.bottom + 20}" text-anchor="middle">${p.year}</text>`),
    `<text class="axis" x="${(W / 2).toFixed(0)}" y="${H - 8}" text-anchor="middle">${esc(t(locale, "chartAxisYear"))}</text>`,
    `<text class="axis axis-y" x="14" y="${axisY.toFixed(0)}" text-anchor="middle" transform="rotate(-90 14 ${axisY.toFixed(0)})">${esc(t(locale, k.axis))}</text>`,
    `<line class="target" x1="${pad.left}" x2="${W - pad.right}" y1="${y(path.target).toFixed(1)}" y2="${y(path.target).toFixed(1)}"/>`,
    `<text class="target-label" x="${W - pad.right}" y="${(y(path.target) - 6).toFixed(1)}" text-anchor="end">${esc(t(locale, "chartTargetLine"))} ${esc(targetText)}</text>`,
    `<path class="path" d="${line}"/>`,
    ...points.map(
      (p, i) =>
        `<circle class="point" data-year="${p.year}" data-value="${p.value}" cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4"/>`,
    ),
    "</svg>",
  ].join("")
  const rows = [
    [String(path.start.year), esc(show(path.start.value)), "—"],
    ...path.years.map((p) => [String(p.year), esc(show(p.value)), esc(show(p.added))]),
  ]
  const data = table(
    t(locale, "chartTableCaption"),
    [t(locale, "chartColYear"), t(locale, k.col), t(locale, "chartColAdded")].map(esc),
    rows,
    "path-table",
  )
  return `<figure class="chart">${svg}<figcaption>${esc(t(locale, "chartTitle"))}: ${esc(t(locale, k.axis))}</figcaption></figure>\n\n${data}`
}
