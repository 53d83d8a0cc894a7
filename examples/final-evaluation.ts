// The final evaluation of 2021–2025 at 2025-12-31 from year-by-year observations (a JSON
// report, as the 博爱通 donation platform or a statistics tool might send it), under China's
// linear pacing, with the Statistics Canada and UN Progress Chart statuses beside it.
// Run: npx tsx final-evaluation.ts
import { aggregate, checkObservations, evaluatePlan, evaluationData, linearStatusNames } from "@ningxia-redcross/plan"

const report = [
  { region: "640000", indicator: "certificate-holders", year: 2021, value: 14500 },
  { region: "640000", indicator: "certificate-holders", year: 2022, value: 15800 },
  { region: "640000", indicator: "certificate-holders", year: 2023, value: 16900 },
  { region: "640000", indicator: "certificate-holders", year: 2024, value: 17200 },
  { region: "640000", indicator: "certificate-holders", year: 2025, value: 16800 },
  { region: "640000", indicator: "public-aeds", year: 2021, value: 6 },
  { region: "640000", indicator: "public-aeds", year: 2022, value: 9 },
  { region: "640000", indicator: "public-aeds", year: 2023, value: 8 },
  { region: "640000", indicator: "stem-cell-registry", year: 2020, value: 29000 },
  { region: "640000", indicator: "stem-cell-registry", year: 2023, value: 33500 },
  { region: "640000", indicator: "stem-cell-registry", year: 2025, value: 36200 },
]

const checked = checkObservations(report.map((input, i) => ({ line: i + 1, input })))
if (checked.rejected.length > 0) throw new Error(`rejected rows: ${JSON.stringify(checked.rejected)}`)
const evaluation = evaluatePlan({ date: "2025-12-31", data: evaluationData(aggregate(checked.accepted), "640000") })

console.log(evaluation.summary.en)
console.log(evaluation.summary.zh)
for (const { target, result } of evaluation.items) {
  if (result._tag !== "Evaluated") continue
  const cagr = result.cagr._tag === "Assessed" ? result.cagr.status : `n/a (${result.cagr.reason})`
  const chart = result.progressChart._tag === "Assessed" ? result.progressChart.status : `n/a (${result.progressChart.reason})`
  console.log(
    `${target.key}: achieved ${result.achieved} of ${result.target}, completion ${(result.completion * 100).toFixed(1)} %, ` +
      `${linearStatusNames[result.linear.status].en}; statcan ${cagr}; un ${chart}`,
  )
}
console.log(`Without data: ${evaluation.lackingData.length} targets`)
