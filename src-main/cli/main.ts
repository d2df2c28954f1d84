import { processIo } from './io'
import { runCli } from './run'

// `herald import … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})

void runCli(process.argv.slice(2), processIo).then((status) => {
  process.exitCode = status
})
