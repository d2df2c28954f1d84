import { phrase } from '../../src-shared/i18n/phrase'
import { ProcessLocks } from '../process-locks'

/**
 * One sender of answers per conversation across processes (the app and `herald inbox reply` share a data
 * folder), kept while an answer of the conversation is queued or sending. The start-up check leaves another
 * live process's answers alone; a lock left by a process that died is taken over.
 */
export class AnswerLocks extends ProcessLocks {
  constructor(dir: string) {
    super(
      dir,
      (conversationId) => `conversation-${conversationId}.lock`,
      (pid) => phrase('system.locks.answer', { pid }),
    )
  }
}
