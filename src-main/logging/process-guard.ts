import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { errorText, firstLine } from '../whatsapp/errors'
import type { Logger } from './logger'

/** The two events of `process` that end Node when nobody listens (Node 20 ends on a stray rejection). */
export type ProcessEvents = {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown
  off(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown
}

/**
 * What the guarded process can do about a stray error: pause its sending campaigns, saying how many. The
 * reason is a phrase, which each window words in its user's language.
 */
export type StrayErrorHandling = {
  pauseCampaigns?: (reason: Phrase) => Promise<number>
}

/**
 * The CLI, the browser run and the desktop app treat a stray error alike: whatsapp-web.js rejects promises
 * nobody awaits (LocalAuth's logout on Windows with EBUSY, "auth timeout"), and a campaign must not die
 * mid-send for it. Each goes to the log file and one line to the user; the process goes on.
 *
 * A stray rejection leaves what it broke to the campaign's own checks (a send that fails pauses it by its
 * category). An uncaught exception means some code stopped half-way with nobody to tidy up: the sending
 * campaigns pause, each after its message in flight is recorded, and the user resumes when ready.
 * Returns the function that stops guarding.
 */
export function guardProcess(
  events: ProcessEvents,
  log: () => Logger | undefined,
  tell: (line: string) => void,
  handling: StrayErrorHandling = {},
): () => void {
  const report = (what: string, error: unknown): string => {
    const logger = log()
    logger?.error(what, error)
    return logger ? ` Details are in ${logger.file}.` : ''
  }
  const onRejection = (error: unknown): void => {
    const where = report('Unhandled promise rejection', error)
    tell(`Herald met an unexpected problem and carries on: ${firstLine(errorText(error))}.${where}`)
  }
  const onException = (error: unknown): void => {
    const where = report('Uncaught exception', error)
    const problem = firstLine(errorText(error))
    const pausing = handling.pauseCampaigns?.(phrase('sending.pause.strayError', { problem }))
    if (!pausing) {
      tell(`Herald met an unexpected problem and carries on: ${problem}.${where}`)
      return
    }
    void pausing.then(
      (paused) =>
        tell(
          paused > 0
            ? `Herald met an unexpected problem and paused ${paused === 1 ? 'the campaign' : `${paused} campaigns`} after the message in flight: ${problem}. Resume when ready.${where}`
            : `Herald met an unexpected problem and carries on: ${problem}.${where}`,
        ),
      (pauseError: unknown) => {
        report('Could not pause campaigns after an uncaught exception', pauseError)
        tell(`Herald met an unexpected problem: ${problem}.${where}`)
      },
    )
  }
  events.on('unhandledRejection', onRejection)
  events.on('uncaughtException', onException)
  return () => {
    events.off('unhandledRejection', onRejection)
    events.off('uncaughtException', onException)
  }
}
