// Use the plan as data: the main-indicator table, the targets behind one indicator, and the
// regions with their census population. Run: npx tsx plan-data.ts
import { cities, getIndicator, indicators, plan, regionCensusPopulation, statementsOf, unitZh } from "@ningxia-redcross/plan"

console.log(`${plan.metadata.title.zh}`)
console.log(`Period: ${plan.metadata.period.from}–${plan.metadata.period.to}`)
console.log(`${indicators.length} main indicators`)
for (const row of indicators) {
  console.log(`${row.sequence}. ${row.id}: +${row.increase.value} (printed ${row.increase.printed} ${unitZh(row.increase.unit)})`)
}

// Every passage of the plan that states the certificate-holder target
const holders = getIndicator("certificate-holders")
for (const statement of statementsOf(holders)) console.log(`  ${statement.source.section}: ${statement.source.quote}`)

// The region and its cities, 2020 census
console.log(`Ningxia census population: ${regionCensusPopulation}`)
for (const city of cities) {
  const census = city.population.find((figure) => figure.kind === "census")
  console.log(`${city.code} ${city.name.zh} ${city.name.en}: ${census?.value ?? "?"} (${city.counties.length} county-level units)`)
}
