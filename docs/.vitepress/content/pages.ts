/**
 * Every page of the site, generated from the library in both locales. The dynamic
 * routes (`[page].paths.ts`) hand these to VitePress; the search index and the tests
 * read the same list, so a page exists in both locales by construction.
 */
import { en, t, zh } from "../i18n.ts"
import {
  type Account,
  type Block,
  type Comparison,
  comparisonNames,
  consistencyReport,
  erratumKindNames,
  type GlossaryKind,
  glossary,
  glossaryTermsIn,
  type Indicator,
  indicatorOf,
  indicators,
  type Locale,
  plan,
  renderPlan,
  responsibleNames,
  type SectionId,
  statementsOf,
  type Target,
  type TargetKind,
  type Timing,
  targetKindNames,
  targetMeasureNames,
  targets,
  traceNumbers,
  unitBaseNames,
  unitEn,
  unitZh,
} from "../plan.ts"
import { pathChart } from "./chart.ts"
import { downloadFiles } from "./downloads.ts"
import { a, esc, formatNumber, frontmatter, href, quantityText, table, valueText } from "./html.ts"

/** A generated page: its route inside the locale (`plan/goals`) and its markdown. */
export interface Page {
  readonly route: string
  readonly title: string
  readonly content: string
}

// ---- enum names -------------------------------------------------------------

const findingKey = {
  unitMismatch: "findingUnitMismatch",
  valueMismatch: "findingValueMismatch",
  kindMismatch: "findingKindMismatch",
  onlyInTable: "findingOnlyInTable",
  onlyInColumns: "findingOnlyInColumns",
  note: "findingNote",
} as const

const kindName = (locale: Locale, kind: TargetKind) => pick(locale, targetKindNames[kind])
const comparisonName = (locale: Locale, c: Comparison) => pick(locale, comparisonNames[c])
const timingName = (locale: Locale, timing: Timing): string => {
  switch (timing.type) {
    case "period":
      return t(locale, "timingPeriod", { from: timing.from, to: timing.to })
    case "by":
      return t(locale, "timingBy", { year: timing.year })
    case "everyYear":
      return t(locale, "timingEveryYear")
    case "everyNYears":
      return t(locale, "timingEveryNYears", { years: timing.years })
  }
}

const pick = (locale: Locale, text: { readonly zh: string; readonly en: string }): string => (locale === "zh" ? text.zh : text.en)
const zhSpan = (locale: Locale, text: string): string => (locale === "zh" ? esc(text) : `<span lang="zh-CN">${esc(text)}</span>`)

// ---- chapters ---------------------------------------------------------------

/** The plan's chapters, in order, with the sections each holds. */
export const chapters = [
  {
    slug: "preamble",
    heading: { zh: zh.chapterPreamble, en: en.chapterPreamble },
    holds: (s: string) => s === "title" || s === "preamble",
  },
  { slug: "guiding-ideology", heading: plan.guidingIdeology.heading, holds: (s: string) => s === "guiding-ideology" },
  { slug: "principles", heading: plan.principles.heading, holds: (s: string) => s.startsWith("principle") },
  { slug: "goals", heading: plan.goals.heading, holds: (s: string) => s.startsWith("goal") || s.startsWith("indicator") },
  { slug: "tasks", heading: plan.tasks.heading, holds: (s: string) => s.startsWith("task") || s.startsWith("column") },
  { slug: "measures", heading: plan.measures.heading, holds: (s: string) => s.startsWith("measure") || s === "colophon" },
] as const

/** The chapter page that holds a section. */
export const chapterOf = (section: SectionId): string => chapters.find((c) => c.holds(section))?.slug ?? "preamble"

/** The HTML id of a section's paragraph or heading. */
export const anchorOf = (section: SectionId): string => section.replace(/\//g, "-")

/** Where a target statement links: its main indicator's page, or its entry on the targets page. */
export const targetHref = (locale: Locale, target: Target): string => {
  const indicator = indicatorOf(target)
  return indicator === undefined ? href(locale, "targets", target.subject) : href(locale, `indicators/${indicator.id}`)
}

/** Where a section of the plan is on the site. */
export const sectionHref = (locale: Locale, section: SectionId): string => href(locale, `plan/${chapterOf(section)}`, anchorOf(section))

const blocks = renderPlan(plan)

/** The Chinese text of a paragraph with its targets marked, and the targets that could not be marked inline. */
export const markTargets = (
  locale: Locale,
  block: Block,
): { readonly html: string; readonly marked: ReadonlyArray<Target>; readonly unmarked: ReadonlyArray<Target> } => {
  const stated = targets.filter((target) => target.source.section === block.section)
  const found = stated
    .map((target) => ({ target, at: block.zh.indexOf(target.source.quote) }))
    .filter((f) => f.at >= 0)
    .sort((x, y) => x.at - y.at || y.target.source.quote.length - x.target.source.quote.length)
  const marked: Array<Target> = []
  let html = ""
  let cursor = 0
  for (const { target, at } of found) {
    if (at < cursor) continue
    const end = at + target.source.quote.length
    html += esc(block.zh.slice(cursor, at))
    html += `<a class="target-mark" href="${targetHref(locale, target)}" data-target="${target.id}">${esc(block.zh.slice(at, end))}</a>`
    cursor = end
    marked.push(target)
  }
  html += esc(block.zh.slice(cursor))
  return { html, marked, unmarked: stated.filter((s) => !marked.includes(s)) }
}

const chips = (locale: Locale, list: ReadonlyArray<Target>): string =>
  list.length === 0
    ? ""
    : `<p class="target-chips"><span class="chips-label">${esc(t(locale, "targetsInParagraph"))}</span> ${list
        .map((target) => a(targetHref(locale, target), esc(pick(locale, target.label)), ` data-target="${target.id}"`))
        .join(" ")}</p>`

const paragraph = (locale: Locale, block: Block, id: string | undefined, cls: string): string => {
  const idAttr = id === undefined ? "" : ` id="${id}"`
  const { html, marked, unmarked } = markTargets(locale, block)
  if (locale === "zh") return `<p${idAttr} class="${cls}">${html}</p>${chips(locale, unmarked)}`
  if (block.en !== undefined) return `<p${idAttr} class="${cls}">${esc(block.en)}</p>${chips(locale, [...marked, ...unmarked])}`
  return `<p${idAttr} class="${cls} pending" lang="zh-CN">${html} <span class="pending-note" lang="en-US">${esc(t(locale, "translationPending"))}</span></p>${chips(locale, unmarked)}`
}

const heading = (locale: Locale, level: number, id: string | undefined, block: Block): string => {
  const idAttr = id === undefined ? "" : ` id="${id}" tabindex="-1"`
  if (locale === "zh" || block.en !== undefined)
    return `<h${level}${idAttr}>${esc(locale === "zh" ? block.zh : (block.en ?? block.zh))}</h${level}>`
  return `<h${level}${idAttr} lang="zh-CN">${esc(block.zh)}</h${level}>`
}

/** The main-indicator table, linking every row to its indicator page. */
export const indicatorTable = (locale: Locale, caption: boolean): string => {
  const columns = plan.indicatorTable.columns
  const rows = indicators.map((row) => [
    String(row.sequence),
    `${a(href(locale, `indicators/${row.id}`), esc(pick(locale, row.name)))}`,
    esc(locale === "zh" ? unitZh(row.increase.unit) : unitEn(row.increase.unit)),
    esc(row.increase.printed),
    esc(quantityText(row.increase, locale)),
  ])
  return table(
    caption ? esc(pick(locale, plan.indicatorTable.title)) : undefined,
    [
      esc(pick(locale, columns[0])),
      esc(pick(locale, columns[1])),
      esc(t(locale, "colUnit")),
      esc(pick(locale, columns[2])),
      esc(t(locale, "colValue")),
    ],
    rows,
    "indicator-table",
  ).replace(/<tr><td>(\d+)<\/td>/g, (_, n: string) => `<tr id="indicator-${n}"><td>${n}</td>`)
}

/** A chapter's heading as printed (三、发展目标), or its name where the plan prints none. */
const chapterTitle = (locale: Locale, chapter: (typeof chapters)[number]): string => {
  const printed = blocks.find((b) => b.kind === "chapterHeading" && chapter.holds(b.section))
  return printed === undefined
    ? pick(locale, chapter.heading)
    : locale === "zh"
      ? printed.zh
      : `${chapters.indexOf(chapter)}. ${printed.en ?? printed.zh}`
}

const chapterPage = (locale: Locale, chapter: (typeof chapters)[number], index: number): Page => {
  const title = chapterTitle(locale, chapter)
  const used = new Set<string>([chapter.slug])
  const claim = (id: string): string | undefined => {
    if (used.has(id)) return undefined
    used.add(id)
    return id
  }
  const out: Array<string> = []
  let tableDone = false
  let inColumn = false
  const closeColumn = () => {
    if (inColumn) out.push("</section>")
    inColumn = false
  }
  for (const block of blocks.filter((b) => chapter.holds(b.section))) {
    const id = claim(anchorOf(block.section))
    switch (block.kind) {
      case "title":
        out.push(`<p class="plan-title">${locale === "zh" || block.en === undefined ? zhSpan(locale, block.zh) : esc(block.en)}</p>`)
        break
      case "chapterHeading":
        break
      case "taskHeading":
        closeColumn()
        out.push(
          heading(
            locale,
            2,
            id,
            locale === "en" && block.en !== undefined ? { ...block, en: `(${block.section.replace("task-", "")}) ${block.en}` } : block,
          ),
        )
        break
      case "columnHeading":
        closeColumn()
        out.push(`<section class="plan-column" aria-labelledby="${id ?? ""}">`, heading(locale, 3, id, block))
        inColumn = true
        break
      case "projectHeading":
        out.push(heading(locale, 4, id, block))
        break
      case "tableTitle":
      case "tableHeader":
      case "tableRow":
        if (!tableDone)
          out.push(`<h2 id="indicators" tabindex="-1">${esc(pick(locale, plan.indicatorTable.title))}</h2>`, indicatorTable(locale, false))
        tableDone = true
        break
      case "colophon":
        closeColumn()
        out.push(`<p class="colophon">${locale === "zh" || block.en === undefined ? zhSpan(locale, block.zh) : esc(block.en)}</p>`)
        break
      case "paragraph":
        out.push(paragraph(locale, block, id, "plan-para"))
        break
    }
  }
  closeColumn()
  out.push(chapterTerms(locale, chapter))
  const prev = chapters[index - 1]
  const next = chapters[index + 1]
  return {
    route: `plan/${chapter.slug}`,
    title,
    content: `${frontmatter({
      title,
      outline: [2, 4],
      prev: prev === undefined ? false : { text: chapterTitle(locale, prev), link: href(locale, `plan/${prev.slug}`) },
      next: next === undefined ? false : { text: chapterTitle(locale, next), link: href(locale, `plan/${next.slug}`) },
    })}<h1 id="${chapter.slug}" tabindex="-1">${esc(title)}</h1>\n\n${out.join("\n")}\n`,
  }
}

const planIndex = (locale: Locale): Page => {
  const title = t(locale, "navPlan")
  const list = chapters.map((c) => `<li>${a(href(locale, `plan/${c.slug}`), esc(chapterTitle(locale, c)))}</li>`).join("")
  return {
    route: "plan/index",
    title,
    content:
      frontmatter({ title }) +
      `<h1 id="plan" tabindex="-1">${esc(title)}</h1>\n\n<p class="lead">${zhSpan(locale, plan.metadata.title.zh)}${locale === "en" ? ` — ${esc(plan.metadata.title.en)}` : ""}</p>\n<p>${esc(t(locale, "planIntro"))}</p>\n<h2 id="chapters" tabindex="-1">${esc(t(locale, "chapters"))}</h2>\n<ol class="chapter-list">${list}</ol>\n`,
  }
}

// ---- indicators ---------------------------------------------------------------

const statementRows = (locale: Locale, list: ReadonlyArray<Target>) =>
  list.map((target) => [
    a(sectionHref(locale, target.source.section), esc(target.source.section)),
    esc(target.quantity === undefined ? "—" : quantityText(target.quantity, locale)),
    esc(comparisonName(locale, target.comparison)),
    esc(timingName(locale, target.timing)),
    esc(target.responsible === undefined ? "—" : pick(locale, responsibleNames[target.responsible])),
    `<span lang="zh-CN" class="quote">${esc(target.source.quote)}</span>${target.note === undefined ? "" : `<br><small>${esc(pick(locale, target.note))}</small>`}`,
  ])

const statementHead = (locale: Locale) =>
  [
    t(locale, "statementWhere"),
    t(locale, "statementFigure"),
    t(locale, "colComparison"),
    t(locale, "statementTiming"),
    t(locale, "statementResponsible"),
    t(locale, "colQuote"),
  ].map(esc)

const indicatorPage = (locale: Locale, row: Indicator): Page => {
  const title = `${row.sequence}. ${pick(locale, row.name)}`
  const period = plan.metadata.period
  const facts: ReadonlyArray<readonly [string, string]> = [
    [
      t(locale, "factSequence"),
      a(href(locale, "plan/goals", `indicator-${row.sequence}`), t(locale, "statementTableRow", { n: row.sequence })),
    ],
    [t(locale, "factKind"), esc(kindName(locale, row.kind))],
    [t(locale, "factComparison"), esc(comparisonName(locale, row.comparison))],
    [
      t(locale, "factIncrease"),
      esc(
        locale === "zh"
          ? `${row.increase.printed} ${unitZh(row.increase.unit)}`
          : `${row.increase.printed}${row.increase.unit.scale === 1 ? "" : " ×"} ${unitEn(row.increase.unit)}`,
      ),
    ],
    [t(locale, "factPlainValue"), esc(valueText(row.increase.value, row.increase, locale))],
    [t(locale, "factPeriod"), esc(`${period.from}–${period.to}`)],
  ]
  const list = statementsOf(row)
  const statements =
    list.length === 0
      ? `<p>${esc(t(locale, "statementsNone"))}</p>`
      : table(undefined, statementHead(locale), statementRows(locale, list), "statements")
  return {
    route: `indicators/${row.id}`,
    title,
    content:
      frontmatter({
        title,
        prev:
          row.sequence > 1
            ? {
                text: pick(locale, indicators[row.sequence - 2]?.name ?? row.name),
                link: href(locale, `indicators/${indicators[row.sequence - 2]?.id ?? ""}`),
              }
            : false,
        next:
          row.sequence < indicators.length
            ? {
                text: pick(locale, indicators[row.sequence]?.name ?? row.name),
                link: href(locale, `indicators/${indicators[row.sequence]?.id ?? ""}`),
              }
            : false,
      }) +
      [
        `<h1 id="${row.id}" tabindex="-1">${esc(title)}</h1>`,
        locale === "en" ? `<p class="lead" lang="zh-CN">${esc(row.name.zh)}</p>` : `<p class="lead" lang="en-US">${esc(row.name.en)}</p>`,
        `<h2 id="facts" tabindex="-1">${esc(t(locale, "indicatorFacts"))}</h2>`,
        `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join("")}</dl>`,
        `<h2 id="chart" tabindex="-1">${esc(t(locale, "chartTitle"))}</h2>`,
        pathChart(row, period, locale),
        `<h2 id="statements" tabindex="-1">${esc(t(locale, "statements"))}</h2>`,
        statements,
      ].join("\n\n"),
  }
}

const indicatorsIndex = (locale: Locale): Page => {
  const title = t(locale, "navIndicators")
  return {
    route: "indicators/index",
    title,
    content:
      frontmatter({ title }) +
      `<h1 id="indicators" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "indicatorsIntro", { count: indicators.length }))}</p>\n\n${indicatorTable(locale, true)}\n`,
  }
}

// ---- targets --------------------------------------------------------------------

const subjects = (): ReadonlyArray<ReadonlyArray<Target>> => {
  const bySubject = new Map<string, Array<Target>>()
  for (const target of targets) bySubject.set(target.subject, [...(bySubject.get(target.subject) ?? []), target])
  return [...bySubject.values()]
}

const targetsPage = (locale: Locale): Page => {
  const title = t(locale, "navTargets")
  const groups = subjects()
  const body = groups.map((list) => {
    const first = list[0]
    if (first === undefined) return ""
    const indicator = indicatorOf(first)
    const link =
      indicator === undefined
        ? ""
        : `<p>${esc(t(locale, "targetsIndicatorLink"))}: ${a(href(locale, `indicators/${indicator.id}`), esc(pick(locale, indicator.name)))}</p>`
    return `<h2 id="${first.subject}" tabindex="-1">${esc(pick(locale, first.label))}</h2>\n${link}\n<p class="meta">${esc(kindName(locale, first.kind))}</p>\n${table(undefined, statementHead(locale), statementRows(locale, list), "statements")}`
  })
  return {
    route: "targets",
    title,
    content:
      frontmatter({ title, outline: false }) +
      `<h1 id="targets" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "targetsIntro", { count: targets.length, subjects: groups.length }))}</p>\n\n${body.join("\n\n")}\n`,
  }
}

// ---- review ---------------------------------------------------------------------

const reviewIndex = (locale: Locale): Page => {
  const title = t(locale, "navReview")
  const items = (
    [
      ["review/consistency", "reviewConsistency", "reviewConsistencyIntro"],
      ["review/traceability", "reviewTraceability", "reviewTraceabilityIntro"],
      ["review/errata", "reviewErrata", "reviewErrataIntro"],
    ] as const
  ).map(
    ([route, name, intro]) =>
      `<li>${a(href(locale, route), esc(t(locale, name)))}: ${esc(
        t(locale, intro, {
          count: route === "review/errata" ? plan.errata.length : traced.numbers.length,
          unaccounted: traced.unaccounted.length,
        }),
      )}</li>`,
  )
  return {
    route: "review/index",
    title,
    content: `${frontmatter({ title })}<h1 id="review" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "reviewIntro"))}</p>\n<ul>${items.join("")}</ul>\n`,
  }
}

const report = consistencyReport(plan)
const traced = traceNumbers(plan, blocks)

const consistencyPage = (locale: Locale): Page => {
  const title = t(locale, "reviewConsistency")
  const subjectsHtml = report.subjects.map((s) => {
    const label = s.indicator?.name ?? s.statements[0]?.label ?? { zh: s.subject, en: s.subject }
    const rows = s.statements.map((st) => [
      a(sectionHref(locale, st.section), esc(st.section)),
      esc(st.printed === undefined || st.unit === undefined ? "—" : `${st.printed} ${locale === "zh" ? unitZh(st.unit) : unitEn(st.unit)}`),
      esc(pick(locale, targetMeasureNames[st.measure])),
      esc(comparisonName(locale, st.comparison)),
      `<span lang="zh-CN" class="quote">${esc(st.quote)}</span>`,
    ])
    const findings =
      s.findings.length === 0
        ? `<p class="meta">${esc(t(locale, "consistencyFindings"))}: ${esc(t(locale, "consistencyNoFindings"))}</p>`
        : `<ul class="findings">${s.findings.map((f) => `<li><strong>${esc(t(locale, findingKey[f.type]))}</strong>: ${esc(pick(locale, f.message))}</li>`).join("")}</ul>`
    const agree = (ok: boolean) => esc(t(locale, ok ? "consistencyAgree" : "consistencyDisagree"))
    return [
      `<h3 id="subject-${s.subject}" tabindex="-1">${esc(pick(locale, label))}</h3>`,
      `<p class="meta">${esc(t(locale, "consistencyValues"))}: <span class="${s.valuesAgree ? "ok" : "bad"}">${agree(s.valuesAgree)}</span> · ${esc(t(locale, "consistencyUnits"))}: <span class="${s.unitsAgree ? "ok" : "bad"}">${agree(s.unitsAgree)}</span></p>`,
      table(
        undefined,
        [t(locale, "colSection"), t(locale, "colFigure"), t(locale, "colMeasure"), t(locale, "colComparison"), t(locale, "colQuote")].map(
          esc,
        ),
        rows,
        "statements",
      ),
      findings,
    ].join("\n")
  })
  const implied = table(
    undefined,
    [t(locale, "colIndicator"), t(locale, "consistencyFormula"), t(locale, "colValue"), t(locale, "consistencyAgreesWith")].map(esc),
    report.implied.map((n) => [
      esc(pick(locale, n.label)),
      `<code>${esc(n.formula)}</code>`,
      esc(`${formatNumber(n.value, locale)} ${pick(locale, unitBaseNames[n.unit.base])}`),
      n.agreesWith === undefined
        ? esc(t(locale, "consistencyNoStatement"))
        : `${esc(n.agreesWith.id)}: ${esc(t(locale, n.agreesWith.agrees ? "consistencyAgree" : "consistencyDisagree"))}`,
    ]),
  )
  return {
    route: "review/consistency",
    title,
    content: `${frontmatter({ title, outline: [2, 2] })}<h1 id="consistency" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "reviewConsistencyIntro"))}</p>\n<h2 id="implied" tabindex="-1">${esc(t(locale, "consistencyImplied"))}</h2>\n${implied}\n<h2 id="subjects" tabindex="-1">${esc(t(locale, "consistencySubjects"))}</h2>\n${subjectsHtml.join("\n")}\n`,
  }
}

const asKey = { quantity: "asQuantity", limit: "asLimit", deadline: "asDeadline", baseline: "asBaseline", interval: "asInterval" } as const

const accountText = (locale: Locale, acc: Account): string => {
  switch (acc.type) {
    case "target":
      return esc(t(locale, "accountTarget", { id: acc.id, as: t(locale, asKey[acc.as]) }))
    case "indicator":
      return a(
        href(locale, `indicators/${indicators[acc.sequence - 1]?.id ?? ""}`),
        esc(t(locale, "accountIndicator", { n: acc.sequence })),
      )
    case "structure":
      return esc(t(locale, "accountStructure"))
    case "notATarget":
      return esc(pick(locale, acc.note))
  }
}

const traceabilityPage = (locale: Locale): Page => {
  const title = t(locale, "reviewTraceability")
  const rows = traced.numbers.map((n) => [
    `<strong>${esc(n.figure)}</strong>`,
    a(sectionHref(locale, n.section), esc(n.section)),
    `<span lang="zh-CN" class="quote">${esc(n.context)}</span>`,
    n.accounts.length === 0
      ? `<span class="bad">${esc(t(locale, "accountNone"))}</span>`
      : n.accounts.map((acc) => accountText(locale, acc)).join("<br>"),
  ])
  return {
    route: "review/traceability",
    title,
    content: `${frontmatter({ title, outline: false })}<h1 id="traceability" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(
      t(locale, "reviewTraceabilityIntro", { count: traced.numbers.length, unaccounted: traced.unaccounted.length }),
    )}</p>\n\n${table(undefined, [t(locale, "colFigure"), t(locale, "colSection"), t(locale, "colContext"), t(locale, "colAccount")].map(esc), rows, "trace")}\n`,
  }
}

const visible = (s: string): string => esc(s.replace(/\n/g, "↵").replace(/ /g, "␣"))

const errataPage = (locale: Locale): Page => {
  const title = t(locale, "reviewErrata")
  const rows = plan.errata.map((e) => [
    String(e.line),
    String(e.column),
    esc(pick(locale, erratumKindNames[e.kind])),
    `<code lang="zh-CN">${visible(e.original)}</code>`,
    e.repaired === "" ? esc(t(locale, "emptyRepair")) : `<code lang="zh-CN">${visible(e.repaired)}</code>`,
  ])
  return {
    route: "review/errata",
    title,
    content: `${frontmatter({ title, outline: false })}<h1 id="errata" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "reviewErrataIntro", { count: plan.errata.length }))}</p>\n\n${table(
      undefined,
      [t(locale, "colLine"), t(locale, "colColumn"), t(locale, "colErratumKind"), t(locale, "colOriginal"), t(locale, "colRepaired")].map(
        esc,
      ),
      rows,
      "errata",
    )}\n`,
  }
}

// ---- glossary -------------------------------------------------------------------

const glossaryKey = {
  programme: "glossaryProgramme",
  brand: "glossaryBrand",
  organisation: "glossaryOrganisation",
  document: "glossaryDocument",
  slogan: "glossarySlogan",
  term: "glossaryTerm",
  unit: "glossaryUnit",
  place: "glossaryPlace",
} as const satisfies Record<GlossaryKind, string>

/** The anchor of a glossary entry on the glossary page. */
export const glossaryAnchor = (zh: string): string => `term-${glossary.findIndex((e) => e.zh === zh) + 1}`

const glossaryPage = (locale: Locale): Page => {
  const title = t(locale, "navGlossary")
  const rows = glossary.map((e) => [
    `<span id="${glossaryAnchor(e.zh)}" lang="zh-CN">${esc(e.zh)}</span>`,
    `<span lang="en-US">${esc(e.en)}</span>`,
    esc(t(locale, glossaryKey[e.kind])),
    e.note === undefined ? "" : `<span lang="en-US">${esc(e.note)}</span>`,
  ])
  return {
    route: "glossary",
    title,
    content: `${frontmatter({ title, outline: false })}<h1 id="glossary" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(
      t(locale, "glossaryIntro", { count: glossary.length }),
    )}</p>\n\n${table(undefined, [t(locale, "glossaryChinese"), t(locale, "glossaryEnglish"), t(locale, "colKind"), t(locale, "statementNote")].map(esc), rows, "glossary")}\n`,
  }
}

/** The glossary terms a chapter uses, linked to the glossary. */
const chapterTerms = (locale: Locale, chapter: (typeof chapters)[number]): string => {
  const terms = glossaryTermsIn(
    blocks
      .filter((b) => chapter.holds(b.section))
      .map((b) => b.zh)
      .join("\n"),
  )
  if (terms.length === 0) return ""
  const items = terms.map(
    (e) =>
      `<li>${a(href(locale, "glossary", glossaryAnchor(e.zh)), `<span lang="zh-CN">${esc(e.zh)}</span>`)} — <span lang="en-US">${esc(e.en)}</span></li>`,
  )
  return `<h2 id="terms" tabindex="-1">${esc(t(locale, "glossaryInChapter"))}</h2>\n<ul class="terms">${items.join("")}</ul>`
}

// ---- downloads and home ---------------------------------------------------------

const downloadsPage = (locale: Locale): Page => {
  const title = t(locale, "navDownloads")
  const rows = downloadFiles().map((file) => [
    `<a href="/downloads/${file.name}" download>${esc(file.name)}</a>`,
    esc(t(locale, file.description)),
    esc(file.format),
    esc(
      `${(Buffer.byteLength(file.content, "utf8") / 1024).toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 1 })} KB`,
    ),
  ])
  return {
    route: "downloads",
    title,
    content: `${frontmatter({ title, outline: false })}<h1 id="downloads" tabindex="-1">${esc(title)}</h1>\n\n<p>${esc(t(locale, "downloadsIntro"))}</p>\n\n${table(
      undefined,
      [t(locale, "downloadFile"), t(locale, "colIndicator"), t(locale, "downloadFormat"), t(locale, "downloadSize")].map(esc),
      rows,
      "downloads",
    )}\n`,
  }
}

const homePage = (locale: Locale): Page => {
  const m = plan.metadata
  const title = pick(locale, m.shortTitle)
  const features = (
    [
      ["plan/index", "navPlan", "homeHowPlan"],
      ["indicators/index", "navIndicators", "homeHowIndicators"],
      ["targets", "navTargets", "homeHowTargets"],
      ["glossary", "navGlossary", "homeHowGlossary"],
      ["review/index", "navReview", "homeHowReview"],
      ["downloads", "navDownloads", "homeHowDownloads"],
      ["api/index", "navApi", "homeHowApi"],
    ] as const
  ).map(([route, name, details]) => ({ title: t(locale, name), details: t(locale, details), link: href(locale, route) }))
  const headline = indicators
    .map(
      (row) =>
        `<li>${a(href(locale, `indicators/${row.id}`), `<span class="figure">${esc(quantityText(row.increase, locale))}</span><span class="name">${esc(pick(locale, row.name))}</span>`)}</li>`,
    )
    .join("")
  return {
    route: "index",
    title,
    content:
      frontmatter({ title, sidebar: false, aside: false, outline: false, prev: false, next: false }) +
      `<div class="home-hero"><h1 id="home" tabindex="-1">${esc(title)}</h1><p class="lead">${esc(pick(locale, m.title))}</p><p>${esc(
        t(locale, "homeTagline", { issuer: pick(locale, m.issuer), date: m.issueDate, from: m.period.from, to: m.period.to }),
      )}</p><p class="actions">${a(href(locale, "plan/index"), esc(t(locale, "homeActionPlan")), ' class="brand"')}${a(
        href(locale, "indicators/index"),
        esc(t(locale, "homeActionIndicators")),
      )}</p></div>\n\n` +
      `<h2 id="headline" tabindex="-1">${esc(t(locale, "homeHeadline"))}</h2>\n\n<ul class="headline">${headline}</ul>\n\n<h2 id="how-to" tabindex="-1">${esc(t(locale, "homeHowTo"))}</h2>\n\n<ul class="how-to">${features
        .map((f) => `<li>${a(f.link, esc(f.title))}: ${esc(f.details)}</li>`)
        .join("")}</ul>\n`,
  }
}

// ---- the registry -------------------------------------------------------------

/** The generated pages of a locale, by the folder their dynamic route lives in. */
export interface LocalePages {
  readonly root: ReadonlyArray<Page>
  readonly plan: ReadonlyArray<Page>
  readonly indicators: ReadonlyArray<Page>
  readonly review: ReadonlyArray<Page>
}

const generatedPages = new Map<Locale, LocalePages>()

/** Every generated page of a locale (generated once per process: the config, the routes and the search index share them). */
export const pagesFor = (locale: Locale): LocalePages => {
  const cached = generatedPages.get(locale)
  if (cached !== undefined) return cached
  const pages: LocalePages = {
    root: [homePage(locale), targetsPage(locale), glossaryPage(locale), downloadsPage(locale)],
    plan: [planIndex(locale), ...chapters.map((c, i) => chapterPage(locale, c, i))],
    indicators: [indicatorsIndex(locale), ...indicators.map((row) => indicatorPage(locale, row))],
    review: [reviewIndex(locale), consistencyPage(locale), traceabilityPage(locale), errataPage(locale)],
  }
  generatedPages.set(locale, pages)
  return pages
}

/** All generated pages of a locale, flat. */
export const allPages = (locale: Locale): ReadonlyArray<Page> => {
  const p = pagesFor(locale)
  return [...p.root, ...p.plan, ...p.indicators, ...p.review]
}

/** The dynamic-route entries for one folder: the route's last segment is the parameter. */
export const pathsOf = (pages: ReadonlyArray<Page>) =>
  pages.map((page) => ({ params: { page: page.route.split("/").pop() ?? page.route }, content: page.content }))
