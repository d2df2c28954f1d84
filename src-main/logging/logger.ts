import path from 'node:path'
import nodeLog from 'electron-log/node'
import type { LogFunctions, NodeLogger } from 'electron-log'

export type Logger = Pick<LogFunctions, 'error' | 'warn' | 'info' | 'debug'> & { readonly file: string }

export type LoggerOptions = {
  /** The data folder; the log lives in its `logs/` folder. */
  dataDir: string
  /** Echo to the terminal: on in development, off for the CLI so its output stays clean. */
  console: boolean
  /** electron-log's main-process instance inside Electron; its Node instance everywhere else. */
  base?: NodeLogger
}

const maxLogBytes = 5 * 1024 * 1024
let instances = 0

/** A file log that rotates at 5 MB (main.log, then main.old.log), and optionally the console. */
export function createLogger(options: LoggerOptions): Logger {
  const file = path.join(options.dataDir, 'logs', 'main.log')
  instances += 1
  const log = (options.base ?? nodeLog).create({ logId: `herald-${instances}` })
  log.transports.file.resolvePathFn = () => file
  log.transports.file.maxSize = maxLogBytes
  log.transports.file.level = 'info'
  log.transports.console.level = options.console ? 'debug' : false
  return {
    file,
    error: (...args: unknown[]) => log.error(...args),
    warn: (...args: unknown[]) => log.warn(...args),
    info: (...args: unknown[]) => log.info(...args),
    debug: (...args: unknown[]) => log.debug(...args),
  }
}
