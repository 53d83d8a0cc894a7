// Use the package from plain JavaScript, without Effect: the plain entry points take any
// input, never throw, and return { ok: true, value } or { ok: false, issues }.
// Run after the package build: node without-effect.mjs
import { getIndicator, regionCensusPopulation } from "@ningxia-redcross/plan/data"
import { allocateFromUnknown, certificateShareFromUnknown, cityWeights } from "@ningxia-redcross/plan/formulas"

const good = certificateShareFromUnknown({ holders: 120000, population: regionCensusPopulation })
if (good.ok) console.log(`required ${good.value.requiredHolders}, shortfall ${good.value.shortfall}`)

// Bad input from a form or another system: every issue names the field and the rule
const bad = certificateShareFromUnknown({ holders: "many", population: -1 })
if (!bad.ok) for (const issue of bad.issues) console.log(`issue ${issue.at}: ${issue.message}`)

// Split the +500 grassroots organisations across the five cities, at least 1 each
const organisations = getIndicator("grassroots-organisations")
const split = allocateFromUnknown({ total: organisations.increase.value, units: cityWeights(1) })
if (split.ok) for (const part of split.value.parts) console.log(`part ${part.code}: ${part.part}`)
