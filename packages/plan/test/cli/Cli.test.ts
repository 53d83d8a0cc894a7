import * as Result from "effect/Result"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { commands } from "../../src/cli/Run.ts"
import { evaluateIndicator, planEvaluationTargets } from "../../src/evaluation/Evaluate.ts"
import { linearStatusNames } from "../../src/evaluation/Methods.ts"
import { allocate, cityWeights } from "../../src/formulas/Allocation.ts"
import { getIndicator, indicators } from "../../src/PlanData.ts"
import { parseCsv } from "../../src/reports/Csv.ts"
import { type Built, buildCli } from "./built.ts"

let cli: Built
beforeAll(async () => {
  cli = await buildCli()
}, 60_000)
afterAll(() => cli.remove())

const holders = getIndicator("certificate-holders")
const stations = getIndicator("first-aid-stations")
const yearly = [15000, 16000, 17000]
const goodCsv = [
  "region,indicator,year,value",
  ...yearly.map((v, i) => `640104,${holders.subject},${2021 + i},${v}`),
  `640200,${stations.subject},2021,10`,
].join("\n")

describe("program", () => {
  it("prints help on stderr and exits 2 without a command", () => {
    const r = cli.run([])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("Usage: ningxia-plan <command>")
    for (const c of commands) expect(r.stderr).toContain(c.name)
  })
  it("prints --help and --version", () => {
    expect(cli.run(["--help"]).status).toBe(0)
    const v = cli.run(["--version"])
    expect(v.status).toBe(0)
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
  it("rejects an unknown command with exit code 2", () => {
    const r = cli.run(["frobnicate"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("unknown command “frobnicate”")
  })
  it.each(commands.map((c) => c.name))("%s --help prints usage and every option", (name) => {
    const r = cli.run([name, "--help"])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`Usage: ningxia-plan ${name}`)
    const command = commands.find((c) => c.name === name)
    for (const option of Object.keys(command?.options ?? {})) expect(r.stdout).toContain(`--${option}`)
  })
  it("names an unknown flag, a flag without its value and a bad --format", () => {
    const unknown = cli.run(["indicators", "--colour"])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("unknown option --colour")
    const missing = cli.run(["evaluate", "x.csv", "--date"])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain("--date needs a value")
    const format = cli.run(["indicators", "--format", "xml"])
    expect(format.status).toBe(2)
    expect(format.stderr).toContain("--format must be one of table, json, csv")
  })
})

describe("indicators", () => {
  it("prints the library's 15 indicators as JSON, CSV and a table", () => {
    const json = cli.run(["indicators", "--format", "json"])
    expect(json.status).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(indicators)))
    const csv = parseCsv(cli.run(["indicators", "--format", "csv"]).stdout)
    expect(csv.problems).toEqual([])
    expect(csv.records.map((r) => r.fields.id)).toEqual(indicators.map((i) => i.id))
    expect(csv.records.map((r) => Number(r.fields.increase))).toEqual(indicators.map((i) => i.increase.value))
    const table = cli.run(["indicators"]).stdout
    for (const row of indicators) expect(table).toContain(row.name.zh)
  })
})

describe("validate", () => {
  it("accepts a valid CSV with exit code 0", () => {
    const r = cli.run(["validate", cli.write("good.csv", goodCsv)])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain("all 4 rows are valid")
  })
  it("lists every bad row with its line and exits 1", () => {
    const csv = [
      "region,indicator,year,value",
      `640104,${holders.subject},2021,100`,
      `640104,${holders.subject},2021,200`,
      `649999,${holders.subject},2022,5`,
      "640104,no-such-indicator,2022,5",
      `640104,${holders.subject},2022,-5`,
      `640104,${holders.subject},2030,5`,
    ].join("\n")
    const r = cli.run(["validate", cli.write("bad.csv", csv), "--format", "json"])
    expect(r.status).toBe(1)
    const out = JSON.parse(r.stdout) as { errors: ReadonlyArray<{ line: number; message: string }> }
    expect([...new Set(out.errors.map((e) => e.line))]).toEqual([3, 4, 5, 6, 7])
    expect(out.errors.find((e) => e.line === 3)?.message).toContain("duplicate of line 2")
    expect(out.errors.find((e) => e.line === 6)?.message).toContain("value")
    expect(r.stderr).toContain("5 of 6 rows have errors")
  })
  it("gives JSON rows the line where each object starts", () => {
    const json = `[\n  { "region": "640104", "indicator": "${holders.subject}", "year": 2021, "value": 1 },\n  {\n    "region": "640104",\n    "indicator": "${holders.subject}", "year": 2022, "value": -1\n  }\n]\n`
    const r = cli.run(["validate", cli.write("r.json", json), "--format", "json"])
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).errors.map((e: { line: number }) => e.line)).toEqual([3])
  })
  it("reads a GBK CSV saved by Excel, with Chinese headers, and says so", () => {
    const text = `地区,指标,年份,数值\r\n640104,${holders.subject},2021,15000\r\n`
    const gbk = encodeGbk(text)
    const r = cli.run(["validate", cli.write("gbk.csv", gbk)])
    expect(r.stdout).toContain("GBK")
    expect(r.status).toBe(0)
  })
  it("says which file is missing, with exit code 2", () => {
    const r = cli.run(["validate", "missing.csv"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("no such file: missing.csv")
  })
  it("names an unknown header column", () => {
    const r = cli.run(["validate", cli.write("header.csv", "region,indicator,year,amount\n640104,members,2021,1\n")])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain("“amount”")
  })
})

describe("evaluate", () => {
  it("prints each target's status as the library computes it", () => {
    const file = cli.write("eval.csv", goodCsv)
    const r = cli.run(["evaluate", file, "--date", "2023-12-31", "--format", "json"])
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { items: ReadonlyArray<{ key: string; status: string }> }
    const target = planEvaluationTargets.find((t) => t.key === holders.subject)
    const expected = evaluateIndicator({
      kind: "increment",
      target: target?.target ?? Number.NaN,
      date: "2023-12-31",
      observations: yearly.map((value, i) => ({ year: 2021 + i, value })),
    })
    const status = Result.isSuccess(expected) && expected.success._tag === "Evaluated" ? expected.success.linear.status : "none"
    expect(out.items.find((i) => i.key === holders.subject)?.status).toBe(status)
    const table = cli.run(["evaluate", file, "--date", "2023-12-31"]).stdout
    expect(table).toContain(linearStatusNames[status === "none" ? "lagging" : status].zh)
  })
  it("says growth-rate methods do not apply to increments from zero", () => {
    const r = cli.run(["evaluate", cli.write("e2.csv", goodCsv), "--date", "2025-12-31", "--method", "statcan", "--format", "json"])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).items.find((i: { key: string }) => i.key === holders.subject).status).toBe("notApplicable")
  })
  it("rejects an impossible date and an unknown method with exit code 2", () => {
    const file = cli.write("e3.csv", goodCsv)
    const date = cli.run(["evaluate", file, "--date", "2023-02-30"])
    expect(date.status).toBe(2)
    expect(date.stderr).toContain("not a real calendar date")
    const method = cli.run(["evaluate", file, "--date", "2023-12-31", "--method", "oecd"])
    expect(method.status).toBe(2)
    expect(cli.run(["evaluate", file]).status).toBe(2)
  })
})

describe("allocate", () => {
  it("splits an indicator across cities as the library does, summing to the total", () => {
    const r = cli.run(["allocate", "--indicator", String(holders.sequence), "--min", "1", "--format", "json"])
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { total: number; parts: ReadonlyArray<{ code: string; part: number }> }
    const expected = allocate({ total: holders.increase.value, units: cityWeights(1) })
    expect(Result.isSuccess(expected)).toBe(true)
    if (Result.isSuccess(expected)) expect(out.parts.map((p) => p.part)).toEqual(expected.success.parts.map((p) => p.part))
    expect(out.parts.reduce((a, p) => a + p.part, 0)).toBe(holders.increase.value)
  })
  it("takes county weights from a CSV and names a bad line", () => {
    const ok = cli.run([
      "allocate",
      "--indicator",
      holders.id,
      "--level",
      "county",
      "--by",
      cli.write("w.csv", "code,weight\n640104,3\n640105,1\n"),
    ])
    expect(ok.status).toBe(0)
    const bad = cli.run([
      "allocate",
      "--indicator",
      holders.id,
      "--level",
      "county",
      "--by",
      cli.write("w2.csv", "code,weight\n640104,3\n123,1\n"),
    ])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain("w2.csv:3")
  })
  it("explains impossible minimums, unknown indicators and counties without weights", () => {
    const tooMany = cli.run(["allocate", "--indicator", "first-aid-demonstration-bases", "--min", "1"])
    expect(tooMany.status).toBe(1)
    expect(tooMany.stderr).toContain("minimums")
    expect(cli.run(["allocate", "--indicator", "99"]).status).toBe(2)
    expect(cli.run(["allocate", "--indicator", "4", "--level", "county"]).stderr).toContain("--by weights.csv")
  })
})

// GBK bytes for the test text, built from the runtime's own GBK decoder (Node has no GBK encoder):
// every two-byte GBK code is decoded once and the characters needed are looked up.
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder("gbk")
  const table = new Map<string, ReadonlyArray<number>>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (!table.has(char)) table.set(char, [lead, trail])
    }
  }
  const bytes: Array<number> = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else bytes.push(...(table.get(char) ?? []))
  }
  return new Uint8Array(bytes)
}
