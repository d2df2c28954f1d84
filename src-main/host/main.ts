import { parseArgs } from 'node:util'
import { resolveDataDir } from '../paths'
import { privateUmask } from '../private-files'
import { describeStartupError, runBrowserHost } from './run-host'

const usage = 'Usage: herald-host [--data-dir DIR] [--workspace NAME] [--port N] [--no-open]'

async function main(): Promise<number> {
  privateUmask()
  let values
  try {
    values = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        workspace: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
      },
      strict: true,
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  const port = Number(values.port ?? '0')
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`The port must be a number from 0 to 65535.\n${usage}\n`)
    return 2
  }
  try {
    const host = await runBrowserHost({
      dataDir: resolveDataDir(values['data-dir']),
      workspace: values.workspace ?? (process.env.HERALD_WORKSPACE || undefined),
      port,
      open: !values['no-open'],
      console: process.env.NODE_ENV === 'development',
      print: (text) => process.stdout.write(`${text}\n`),
      processEvents: process,
    })
    const stop = (): void => void host.stop().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return -1
  } catch (error) {
    process.stderr.write(`${describeStartupError(error, port)}\n`)
    return 1
  }
}

void main().then((status) => {
  if (status >= 0) process.exit(status)
})
