/**
 * Small helpers that write the generated pages: escaping, links, number formatting.
 * Pages are written as HTML blocks inside markdown, so nothing from the plan is ever
 * parsed as markdown or as a Vue template.
 */
import { formatNumber, formatQuantity, type Locale, type Quantity } from "../plan.ts"

/** Escapes text for HTML and for the Vue template compiler (`{{ }}`). */
export const esc = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\{/g, "&#123;")
    .replace(/\}/g, "&#125;")
    .replace(/\r?\n/g, " ")

/** The path prefix of a locale: the Chinese default at `/`, English at `/en/`. */
export const prefixOf = (locale: Locale): string => (locale === "zh" ? "" : "/en")

/** The language tag of a locale for `lang` attributes. */
export const langOf = (locale: Locale): string => (locale === "zh" ? "zh-CN" : "en-US")

/** The URL of a route (`plan/goals`, `indicators/index`) in a locale, with an optional anchor. */
export const href = (locale: Locale, route: string, anchor?: string): string => {
  const path = route === "index" ? "/" : route.endsWith("/index") ? `/${route.slice(0, -"index".length)}` : `/${route}.html`
  return `${prefixOf(locale)}${path}${anchor === undefined ? "" : `#${anchor}`}`
}

/** A link. */
export const a = (url: string, text: string, attrs = ""): string => `<a href="${esc(url)}"${attrs}>${text}</a>`

/** Frontmatter as JSON, which is valid YAML. */
export const frontmatter = (fields: Readonly<Record<string, unknown>>): string => `---\n${JSON.stringify(fields, null, 2)}\n---\n\n`

/** An HTML table: a caption, header cells and rows of cells (already HTML). */
export const table = (
  caption: string | undefined,
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  cls = "",
): string =>
  [
    `<div class="table-wrap"><table${cls === "" ? "" : ` class="${cls}"`}>`,
    caption === undefined ? "" : `<caption>${caption}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody>`,
    "</table></div>",
  ].join("")

/** A quantity as read in a locale (`8 万人`, `80,000 people`), through the library's shared formatter. */
export const quantityText = (q: Quantity, locale: Locale): string =>
  q.unit.base === "ratio" ? q.printed : formatQuantity(q.value, q.unit, locale)

/** Another value in a quantity's unit, e.g. a point on its target path. */
export const valueText = (value: number, q: Quantity, locale: Locale): string => formatQuantity(value, q.unit, locale)

export { formatNumber }
