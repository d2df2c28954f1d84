import fs from 'node:fs'
import path from 'node:path'
import type { Phrase } from '../src-shared/i18n/phrase'
import { AppError } from './errors'
import { processAlive } from './instance-lock'

function holder(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * One process at a time for a piece of sending work (a campaign, a conversation's answers) across the
 * Herald processes that share a data folder (the app and the command line): a file named by `fileOf`
 * holding the process id. A lock left by a process that died (a crash, a kill) is taken over; another live
 * process's is refused in the words `refusal` gives.
 */
export class ProcessLocks {
  constructor(
    private readonly dir: string,
    private readonly fileOf: (id: number) => string,
    private readonly refusal: (pid: number) => Phrase,
  ) {}

  private file(id: number): string {
    return path.join(this.dir, this.fileOf(id))
  }

  /** The id of another live process holding this lock, or null. */
  heldElsewhere(id: number): number | null {
    const pid = holder(this.file(id))
    return pid !== null && pid !== process.pid && processAlive(pid) ? pid : null
  }

  acquire(id: number): void {
    const other = this.heldElsewhere(id)
    if (other !== null) throw new AppError('CONFLICT', this.refusal(other))
    fs.mkdirSync(this.dir, { recursive: true })
    fs.writeFileSync(this.file(id), String(process.pid))
  }

  release(id: number): void {
    if (holder(this.file(id)) === process.pid) fs.rmSync(this.file(id), { force: true })
  }
}
