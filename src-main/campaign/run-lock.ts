import { phrase } from '../../src-shared/i18n/phrase'
import { ProcessLocks } from '../process-locks'

/** One sender per campaign across processes (the app and `herald campaign run` share a data folder). */
export class RunLocks extends ProcessLocks {
  constructor(dir: string) {
    super(
      dir,
      (campaignId) => `campaign-${campaignId}.lock`,
      (pid) => phrase('system.locks.campaign', { pid }),
    )
  }
}
