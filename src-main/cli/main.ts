import { processIo } from './io'
import { runCli } from './run'
import { privateUmask } from '../private-files'

privateUmask()

// `herald import … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})

// A stray rejection from whatsapp-web.js is logged and told, never the end of a campaign mid-send
void runCli(process.argv.slice(2), processIo, process).then((status) => {
  process.exitCode = status
})
