import { consistencyReport, getIndicator, plan, statementsOf } from "@ningxia-redcross/plan"

// The main indicators, as printed and as plain numbers
const holders = getIndicator("certificate-holders")
console.log(`${holders.name.en}: +${holders.increase.printed} 万 = ${holders.increase.value} people`)

// Every other passage of the plan that states the same target, with its verbatim quote
for (const statement of statementsOf(holders)) {
  console.log(`${statement.source.section}: ${statement.source.quote}`)
}

// Where the plan disagrees with itself, and the numbers it implies
const report = consistencyReport(plan)
for (const implied of report.implied) console.log(`${implied.label.en}: ${implied.formula} = ${implied.value}`)
