import { runCli } from '../../src/cli/main'

/** Runs the CLI as the binary would, in `cwd`, and returns its exit code and everything it printed. */
export async function runCliIn(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd })
  return { code, out: out.join(''), err: err.join('') }
}
