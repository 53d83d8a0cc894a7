// How many more first-aid certificate holders does each city need to reach the plan's 2 %?
// The holder counts are what a city's branch would type in. Run: npx tsx certificate-shortfall.ts
import { certificateShare, cities, cityCensusPopulation, regionCensusPopulation } from "@ningxia-redcross/plan"
import * as Result from "effect/Result"

const holdersByCity: Record<string, number> = { "640100": 61_000, "640200": 16_500, "640300": 26_000, "640400": 19_800, "640500": 22_400 }

let totalHolders = 0
for (const city of cities) {
  const holders = holdersByCity[city.code] ?? 0
  totalHolders += holders
  const result = certificateShare({ holders, population: cityCensusPopulation(city.code) ?? 0 })
  if (Result.isFailure(result)) {
    console.error(`${city.code}: ${result.failure.message}`)
    continue
  }
  const r = result.success
  console.log(`${city.code} ${city.name.en}: holders ${r.holders}, required ${r.requiredHolders}, shortfall ${r.shortfall}`)
}

// The region, with the +80,000 increase over end-2020 (the baseline is a sample figure)
const region = certificateShare({ holders: totalHolders, population: regionCensusPopulation, baselineHolders: 70_000 })
if (Result.isSuccess(region)) {
  const r = region.success
  console.log(`Ningxia: holders ${r.holders}, required ${r.requiredHolders}, shortfall ${r.shortfall}`)
  console.log(`Share: ${(r.share * 100).toFixed(2)} % of ${r.population} (minimum ${(r.minimumShare * 100).toFixed(0)} %)`)
  if (r.increase !== undefined)
    console.log(`Increase over end-2020: ${r.increase.achieved} of ${r.increase.target}, remaining ${r.increase.remaining}`)
}
