import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors'
import { processAlive } from '../instance-lock'

function holder(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * One sender of answers per conversation across processes (the app and `herald inbox reply` share a data
 * folder): a file holding the process id, kept while an answer of the conversation is queued or sending.
 * The start-up check leaves another live process's answers alone; a file left by a process that died is
 * taken over.
 */
export class AnswerLocks {
  constructor(private readonly dir: string) {}

  private file(conversationId: number): string {
    return path.join(this.dir, `conversation-${conversationId}.lock`)
  }

  /** The id of another live process answering this conversation, or null. */
  heldElsewhere(conversationId: number): number | null {
    const pid = holder(this.file(conversationId))
    return pid !== null && pid !== process.pid && processAlive(pid) ? pid : null
  }

  acquire(conversationId: number): void {
    const other = this.heldElsewhere(conversationId)
    if (other !== null) {
      throw new AppError(
        'CONFLICT',
        `Another Herald (process ${other}) is sending an answer in this conversation right now. Wait for it to finish, then look at the conversation again.`,
      )
    }
    fs.mkdirSync(this.dir, { recursive: true })
    fs.writeFileSync(this.file(conversationId), String(process.pid))
  }

  release(conversationId: number): void {
    if (holder(this.file(conversationId)) === process.pid) {
      fs.rmSync(this.file(conversationId), { force: true })
    }
  }
}
