import { errorText, firstLine } from '../whatsapp/errors'
import type { Logger } from './logger'

/** The two events of `process` that end Node when nobody listens (Node 20 ends on a stray rejection). */
export type ProcessEvents = {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown
  off(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown
}

/**
 * The CLI and the browser run treat a stray error as the desktop app does: whatsapp-web.js rejects
 * promises nobody awaits (LocalAuth's logout on Windows with EBUSY, "auth timeout"), and a campaign must
 * not die mid-send for it. The error goes to the log file and one line to the user; the process goes on,
 * and what the error broke is found by the campaign's own checks. Returns the function that stops guarding.
 */
export function guardProcess(
  events: ProcessEvents,
  log: () => Logger | undefined,
  tell: (line: string) => void,
): () => void {
  const report =
    (what: string) =>
    (error: unknown): void => {
      const logger = log()
      logger?.error(what, error)
      const where = logger ? ` Details are in ${logger.file}.` : ''
      tell(`Herald met an unexpected problem and carries on: ${firstLine(errorText(error))}.${where}`)
    }
  const onRejection = report('Unhandled promise rejection')
  const onException = report('Uncaught exception')
  events.on('unhandledRejection', onRejection)
  events.on('uncaughtException', onException)
  return () => {
    events.off('unhandledRejection', onRejection)
    events.off('uncaughtException', onException)
  }
}
