import { resolve } from 'node:path'
import { BriefingLoadError } from '../../shared/model'
import { lintBriefing, type Finding } from '../../shared/templates'
import { readBriefingFile } from '../../main/services/briefing-file'
import type { Briefing } from '../../shared/model'
import { CliError, EXIT, type CliCommand, type CliIO } from '../io'

const usage = `Usage: briefwright check FILE.brief [--json]

Checks a briefing against its template: required sections, word, page and line limits, decision
lines, classification and header fields, quotes that no longer match their source, citations to
removed sources, placeholders left in.

Prints one line per finding ("FILE: error rule: message"), or "FILE: no problems".

Options:
      --json   print { file, findings } (or { file, error: { code, message } }) as JSON

Exit codes: 0 no findings, 1 findings, 2 the file cannot be used (missing, unreadable, not a
briefing, damaged, or from a newer Briefwright), 64 usage error.
`

/** Why a file could not be checked, with a stable code for scripts. */
export interface UnusableFile {
  code: string
  message: string
}

/** Node's fs error codes, in words. */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a briefing file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder in the path is a file',
  ENAMETOOLONG: 'the file name is too long',
}

/** Turns what readBriefingFile throws into a reason for the user; anything else is a real bug and rethrown. */
export function describeLoadFailure(e: unknown): UnusableFile {
  if (e instanceof BriefingLoadError) return { code: e.code, message: e.message }
  const code = (e as NodeJS.ErrnoException | null)?.code
  if (typeof code === 'string') return { code, message: FS_REASONS[code] ?? `cannot be read (${code})` }
  throw e
}

function parseArgs(args: string[]): { file: string; json: boolean } {
  const files: string[] = []
  let json = false
  for (const arg of args) {
    if (arg === '--json') json = true
    else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unexpected option '${arg}'.\n\n${usage}`, EXIT.usage)
    else files.push(arg)
  }
  if (files.length !== 1) throw new CliError(`expected one FILE.brief, got ${files.length}.\n\n${usage}`, EXIT.usage)
  return { file: files[0]!, json }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { file, json } = parseArgs(args)
  let briefing: Briefing
  try {
    briefing = await readBriefingFile(resolve(io.cwd, file))
  } catch (e) {
    const error = describeLoadFailure(e)
    if (json) io.out(JSON.stringify({ file, error }, null, 2) + '\n')
    else io.err(`${file}: ${error.message}\n`)
    return EXIT.unusable
  }
  const findings: Finding[] = lintBriefing(briefing)
  if (json) io.out(JSON.stringify({ file, findings }, null, 2) + '\n')
  else if (findings.length === 0) io.out(`${file}: no problems\n`)
  else io.out(findings.map((f) => `${file}: ${f.severity} ${f.rule}: ${f.message}\n`).join(''))
  return findings.length === 0 ? EXIT.ok : EXIT.findings
}

/** `briefwright check FILE.brief [--json]`: the editor's lint, for scripts and CI. */
export const checkCommand: CliCommand = { name: 'check', summary: 'check a briefing against its template (lint)', usage, run }
