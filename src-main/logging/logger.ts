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
    error: (...args: unknown[]) => log.error(...oneLine(args)),
    warn: (...args: unknown[]) => log.warn(...oneLine(args)),
    info: (...args: unknown[]) => log.info(...oneLine(args)),
    debug: (...args: unknown[]) => log.debug(...oneLine(args)),
  }
}

/**
 * Text from outside (a renderer's error report, a reply, a file name) cannot start a line of its own in the
 * log, which would read as an entry Herald never wrote: line breaks in strings are written as \n. Errors
 * keep their stack, one frame a line, as the log's reader expects.
 */
export function oneLine(args: readonly unknown[]): unknown[] {
  return args.map((arg) =>
    typeof arg === 'string'
      ? arg
          .replace(/\r/g, '\\r')
          .replace(/\n/g, '\\n')
          .replace(/[\u2028\u2029]/g, ' ')
      : arg,
  )
}
