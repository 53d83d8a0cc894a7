/**
 * The target-path chart of an indicator: the cumulative increase due at each year end
 * under linear pacing, with the period target as a dashed line. Written as static SVG
 * (no script) with a title, a description and a data table as its text alternative.
 */
import { t } from "../i18n.ts"
import type { Indicator, Locale, Period } from "../plan.ts"
import { esc, formatNumber, table, valueText } from "./html.ts"

/** One point of the path: the year end and the cumulative increase due by then. */
export interface PathPoint {
  readonly year: number
  readonly value: number
  readonly share: number
}

/** The linear target path from the end of the year before the period to its last year. */
export const linearPath = (target: number, period: Period): ReadonlyArray<PathPoint> => {
  const years = period.to - period.from + 1
  return Array.from({ length: years + 1 }, (_, i) => ({ year: period.from - 1 + i, value: (target * i) / years, share: i / years }))
}

const W = 640
const H = 300
const pad = { left: 72, right: 24, top: 24, bottom: 48 }

/** The chart and its table alternative, as HTML. */
export const pathChart = (indicator: Indicator, period: Period, locale: Locale): string => {
  const target = indicator.increase.value
  const points = linearPath(target, period)
  const top = target * 1.15
  const x = (i: number) => pad.left + (i * (W - pad.left - pad.right)) / (points.length - 1)
  const y = (v: number) => H - pad.bottom - (v / top) * (H - pad.top - pad.bottom)
  const id = `chart-${indicator.id}`
  const targetText = valueText(target, indicator.increase, locale)
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((s) => s * target)
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")
  const svg = [
    `<svg class="path-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${esc(t(locale, "chartTitle"))}</title>`,
    `<desc id="${id}-desc">${esc(t(locale, "chartDescription", { from: period.from, to: period.to, target: targetText }))}</desc>`,
    ...ticks.map(
      (v) =>
        `<line class="grid" x1="${pad.left}" x2="${W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>` +
        `<text class="tick" x="${pad.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${esc(formatNumber(v, locale))}</text>`,
    ),
    ...points.map((p, i) => `<text class="tick" x="${x(i).toFixed(1)}" y="${H - pad.bottom + 20}" text-anchor="middle">${p.year}</text>`),
    `<text class="axis" x="${(W / 2).toFixed(0)}" y="${H - 8}" text-anchor="middle">${esc(t(locale, "chartAxisYear"))}</text>`,
    `<line class="target" x1="${pad.left}" x2="${W - pad.right}" y1="${y(target).toFixed(1)}" y2="${y(target).toFixed(1)}"/>`,
    `<text class="target-label" x="${W - pad.right}" y="${(y(target) - 6).toFixed(1)}" text-anchor="end">${esc(t(locale, "chartTargetLine"))} ${esc(targetText)}</text>`,
    `<path class="path" d="${line}"/>`,
    ...points.map((p, i) => `<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4"/>`),
    "</svg>",
  ].join("")
  const rows = points.map((p) => [
    String(p.year),
    esc(valueText(p.value, indicator.increase, locale)),
    `${(p.share * 100).toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 1 })}%`,
  ])
  const data = table(
    t(locale, "chartTableCaption"),
    [t(locale, "chartColYear"), t(locale, "chartColCumulative"), t(locale, "chartColShare")],
    rows,
  )
  return `<figure class="chart">${svg}<figcaption>${esc(t(locale, "chartTitle"))}</figcaption></figure>\n\n${data}`
}
