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
 * One sender per campaign across processes (the app and `herald campaign run` share a data folder): a
 * file holding the sender's process id. A lock left by a process that died (a crash, a kill) is taken over.
 */
export class RunLocks {
  constructor(private readonly dir: string) {}

  private file(campaignId: number): string {
    return path.join(this.dir, `campaign-${campaignId}.lock`)
  }

  /** The id of another live process sending this campaign, or null. */
  heldElsewhere(campaignId: number): number | null {
    const pid = holder(this.file(campaignId))
    return pid !== null && pid !== process.pid && processAlive(pid) ? pid : null
  }

  acquire(campaignId: number): void {
    const other = this.heldElsewhere(campaignId)
    if (other !== null) {
      throw new AppError(
        'CONFLICT',
        `This campaign is already being sent by another Herald (process ${other}). Close it first, or wait for it to finish.`,
      )
    }
    fs.mkdirSync(this.dir, { recursive: true })
    fs.writeFileSync(this.file(campaignId), String(process.pid))
  }

  release(campaignId: number): void {
    if (holder(this.file(campaignId)) === process.pid) fs.rmSync(this.file(campaignId), { force: true })
  }
}
