/**
 * The shape of a command: its options for node:util parseArgs, its help text, and a pure
 * run function from parsed arguments (and file contents read at the edge) to output.
 */
import type { Output } from "./Output.ts"

/** An option as node:util parseArgs takes it, with a line of help. */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly short?: string
  readonly value?: string
  readonly help: string
}

/** Reads a file's bytes, or says why not (missing, a directory, no permission). */
export type ReadFile = (
  path: string,
) => { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string }

/** What a command may use from the outside world. */
export interface Io {
  readonly readFile: ReadFile
}

/** Parsed command-line arguments. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>
  readonly positionals: ReadonlyArray<string>
}

/** A failure a person can act on; `exitCode` 1 for invalid data, 2 for bad usage. */
export interface Failure {
  readonly exitCode: 1 | 2
  readonly message: string
  /** Output to print before the message, e.g. the list of row errors. */
  readonly output?: Output
}

/** The result of running a command. */
export type CommandResult = { readonly ok: true; readonly output: Output } | ({ readonly ok: false } & Failure)

/** A sub-command of the CLI. */
export interface Command {
  readonly name: string
  readonly summary: string
  readonly usage: string
  readonly description: ReadonlyArray<string>
  readonly options: Readonly<Record<string, OptionSpec>>
  readonly positionals: { readonly min: number; readonly max: number }
  readonly examples: ReadonlyArray<string>
  readonly run: (args: Parsed, io: Io) => CommandResult
}

/** A usage failure (exit code 2). */
export const usageError = (message: string): CommandResult => ({ ok: false, exitCode: 2, message })

/** A data failure (exit code 1). */
export const dataError = (message: string, output?: Output): CommandResult =>
  output === undefined ? { ok: false, exitCode: 1, message } : { ok: false, exitCode: 1, message, output }
