import { BRIEFING_VERSION, BriefingSchema, type Briefing } from './briefing'

/** Why a briefing file could not be used; `code` is stable for the UI and the CLI. */
export class BriefingLoadError extends Error {
  constructor(
    readonly code: 'not-json' | 'not-briefing' | 'newer-version' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'BriefingLoadError'
  }
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>

/** Upgrades from version N to N+1, keyed by N. */
const MIGRATIONS: Record<number, Migration> = {}

/** Registers a migration (kept open so the migrations module can add v0 → v1 without a cycle). */
export function registerMigration(fromVersion: number, migrate: Migration): void {
  MIGRATIONS[fromVersion] = migrate
}

/** Parses the text of a `.brief` file: JSON, then version check and migrations, then the schema. */
export function parseBriefing(text: string): Briefing {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new BriefingLoadError('not-json', `The file is not valid JSON (${(e as Error).message}); it may be truncated or corrupt.`)
  }
  return validateBriefing(raw)
}

/** Validates already-parsed JSON as a briefing, migrating older versions. */
export function validateBriefing(raw: unknown): Briefing {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== 'briefwright') {
    throw new BriefingLoadError('not-briefing', 'This is not a Briefwright briefing (the "format" field is missing or wrong).')
  }
  let obj = raw as Record<string, unknown>
  let version = typeof obj.version === 'number' ? obj.version : 0
  if (version > BRIEFING_VERSION) {
    throw new BriefingLoadError(
      'newer-version',
      `This briefing was saved by a newer Briefwright (format version ${version}; this version reads up to ${BRIEFING_VERSION}). Update Briefwright to open it.`,
    )
  }
  while (version < BRIEFING_VERSION) {
    const migrate = MIGRATIONS[version]
    if (!migrate) throw new BriefingLoadError('invalid', `No migration from format version ${version}.`)
    obj = migrate(obj)
    version += 1
  }
  let parsed
  try {
    parsed = BriefingSchema.safeParse(obj)
  } catch {
    // zod recurses once per nesting level; a document nested thousands deep overflows the stack.
    throw new BriefingLoadError('invalid', 'The briefing file is damaged: its document is nested too deeply to read.')
  }
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new BriefingLoadError('invalid', `The briefing file is damaged or incomplete: ${first.join('; ')}.`)
  }
  return parsed.data
}

/** The file text for a briefing: stable key order as given, two-space indent, final newline. */
export function serializeBriefing(briefing: Briefing): string {
  return JSON.stringify(briefing, null, 2) + '\n'
}
