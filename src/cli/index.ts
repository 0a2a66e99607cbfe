import { runCli } from './main'

// The binary entry: plain Node, no Electron. Exit codes come from runCli.
runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`briefwright: ${String(e)}\n`)
    process.exitCode = 2
  },
)
