import { ProcessLocks } from '../process-locks'

/** One sender per campaign across processes (the app and `herald campaign run` share a data folder). */
export class RunLocks extends ProcessLocks {
  constructor(dir: string) {
    super(
      dir,
      (campaignId) => `campaign-${campaignId}.lock`,
      (pid) =>
        `This campaign is already being sent by another Herald (process ${pid}). Close it first, or wait for it to finish.`,
    )
  }
}
