/**
 * The command line as a pure function: arguments and a file reader in, exit code and the
 * text for stdout and stderr out. `main.ts` is the only place that touches the process.
 */
import { type ParseArgsConfig, parseArgs } from "node:util"
import type { Command, Io, OptionSpec, Parsed } from "./Command.ts"
import { allocateCommand } from "./commands/Allocate.ts"
import { evaluateCommand } from "./commands/Evaluate.ts"
import { indicatorsCommand } from "./commands/Indicators.ts"
import { validateCommand } from "./commands/Validate.ts"
import { formats, isFormat, render } from "./Output.ts"

/** The program name as users type it. */
export const programName = "ningxia-plan"

/** Every command, in the order `--help` lists them. */
export const commands: ReadonlyArray<Command> = [indicatorsCommand, validateCommand, evaluateCommand, allocateCommand]

/** What running the CLI produced. */
export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

const commonOptions: Readonly<Record<string, OptionSpec>> = {
  format: { type: "string", short: "f", value: "table|json|csv", help: "output format (default: table)" },
  help: { type: "boolean", short: "h", help: "show this help" },
}

const optionLines = (options: Readonly<Record<string, OptionSpec>>): ReadonlyArray<string> => {
  const entries = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? "    " : `-${spec.short}, `}--${name}${spec.value === undefined ? "" : ` <${spec.value}>`}`
    return [flag, spec.help] as const
  })
  const width = Math.max(...entries.map(([flag]) => flag.length))
  return entries.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`)
}

/** The help text of a command. */
export const commandHelp = (command: Command): string =>
  [
    `Usage: ${programName} ${command.usage}`,
    "",
    ...command.description,
    "",
    "Options:",
    ...optionLines({ ...command.options, ...commonOptions }),
    "",
    "Examples:",
    ...command.examples.map((example) => `  ${programName} ${example}`),
    "",
  ].join("\n")

/** The help text of the program. */
export const programHelp = (version: string): string => {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    `${programName} ${version}: the Ningxia Red Cross 14th Five-Year Plan (2021–2025) on the command line`,
    "",
    `Usage: ${programName} <command> [options]`,
    `       npx @ningxia-redcross/plan <command> [options]`,
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also after a command: validate --help)",
    "  -v, --version  print the version",
    "",
    `Every command prints a table by default; --format json or --format csv for other programs.`,
    `Exit codes: 0 success, 1 invalid data (e.g. rows with errors), 2 bad usage or unreadable file.`,
    "",
  ].join("\n")
}

const fail = (exitCode: number, message: string, hint?: string): RunResult => ({
  exitCode,
  stdout: "",
  stderr: `${programName}: ${message}\n${hint === undefined ? "" : `${hint}\n`}`,
})

// node:util parseArgs throws with these codes; turn them into messages that name the flag.
const parseError = (command: Command, error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : ""
  const option = /'(-[^']*)'/.exec(message)?.[1]
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option ?? ""} for “${command.name}”`
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([a-z-]+)/.exec(message)?.[1]
    return name !== undefined && commonOptions[name]?.type !== "boolean" && command.options[name]?.type !== "boolean"
      ? `option --${name} needs a value`
      : `option ${option ?? ""} takes no value`
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return `unexpected argument: ${message.replace(/^Unexpected argument '([^']*)'.*$/s, "$1")}`
  return message
}

const parse = (command: Command, args: ReadonlyArray<string>): { ok: true; parsed: Parsed } | { ok: false; message: string } => {
  const all = { ...command.options, ...commonOptions }
  const options: NonNullable<ParseArgsConfig["options"]> = {}
  for (const [name, spec] of Object.entries(all))
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
    const plain: Record<string, string | boolean | undefined> = {}
    for (const [name, value] of Object.entries(values)) plain[name] = Array.isArray(value) ? value.at(-1) : value
    return { ok: true, parsed: { values: plain, positionals } }
  } catch (error) {
    return { ok: false, message: parseError(command, error) }
  }
}

/** Runs the CLI on arguments (without `node` and the script path). Never throws on user input. */
export const run = (argv: ReadonlyArray<string>, io: Io, version: string): RunResult => {
  const [first, ...rest] = argv
  if (first === undefined) return { exitCode: 2, stdout: "", stderr: programHelp(version) }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? commands.find((c) => c.name === rest[0]) : undefined
    return { exitCode: 0, stdout: topic === undefined ? programHelp(version) : commandHelp(topic), stderr: "" }
  }
  if (first === "--version" || first === "-v") return { exitCode: 0, stdout: `${version}\n`, stderr: "" }
  const command = commands.find((c) => c.name === first)
  if (command === undefined) {
    const known = commands.map((c) => c.name).join(", ")
    return fail(2, `unknown command “${first}”; the commands are: ${known}`, `Run “${programName} --help” for usage.`)
  }
  const hint = `Run “${programName} ${command.name} --help” for usage.`
  const parsed = parse(command, rest)
  if (!parsed.ok) return fail(2, parsed.message, hint)
  const { values, positionals } = parsed.parsed
  if (values.help === true) return { exitCode: 0, stdout: commandHelp(command), stderr: "" }
  const format = values.format ?? "table"
  if (typeof format !== "string" || !isFormat(format))
    return fail(2, `--format must be one of ${formats.join(", ")}, not “${String(format)}”`, hint)
  if (positionals.length < command.positionals.min)
    return fail(2, `“${command.name}” needs ${command.usage.split(" ")[1] ?? "an argument"}`, hint)
  if (positionals.length > command.positionals.max) {
    return fail(2, `unexpected argument “${positionals[command.positionals.max] ?? ""}” for “${command.name}”`, hint)
  }
  const result = command.run(parsed.parsed, io)
  if (result.ok) return { exitCode: 0, stdout: render(result.output, format), stderr: "" }
  const stdout = result.output === undefined ? "" : render(result.output, format)
  return { exitCode: result.exitCode, stdout, stderr: `${programName}: ${result.message}\n${result.exitCode === 2 ? `${hint}\n` : ""}` }
}
