// Validate a progress report exported by another system (here a CSV from the first-aid
// training platform) before accepting it: every rejected row comes back with its line and
// reasons. Run: npx tsx validate-report.ts
import { checkObservations, csvObservationInputs, parseCsv } from "@ningxia-redcross/plan"

const exported = `region,indicator,year,value
640104,certificate-holders,2021,4200
640104,certificate-holders,2022,4650
640104,certificate-holders,2022,4650
640105,certificate-holders,2022,-30
640999,certificate-holders,2023,100
640106,first-aid-stations,2023,3
640106,first-aid-stations,2031,1
`

const table = parseCsv(exported)
const checked = checkObservations(csvObservationInputs(table.records))
console.log(
  `rows: ${table.records.length}, accepted: ${checked.accepted.size}, rejected: ${checked.rejected.length + table.problems.length}`,
)
for (const problem of table.problems) console.log(`line ${problem.line}: ${problem.message}`)
for (const row of checked.rejected) console.log(`line ${row.line}: ${row.reasons.join("; ")}`)
