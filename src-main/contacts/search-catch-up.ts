import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Database } from 'better-sqlite3'
import type { ContactListsRepo } from '../db/repos/contact-lists-repo'

/** Rows added to the search index a turn of the event loop: about 30 ms on a 2-core machine (bench:search). */
export const indexChunk = 2500

/**
 * Brings saved lists into the search index after they are saved, a chunk per turn and one list after the
 * other, so that saving never waits for the index and no turn holds the database for long. A search
 * meanwhile reads the rows not indexed yet without the index: its answers are the same, only slower.
 */
export class SearchCatchUp {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Database,
    private readonly repo: Pick<ContactListsRepo, 'indexSearch' | 'listsBehindInSearch'>,
  ) {}

  /** Indexes the list's rows not in the index yet, after what is queued; never rejects. */
  list(listId: number): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        while (this.db.open && this.repo.indexSearch(listId, indexChunk) === indexChunk) await nextTurn()
      } catch {
        // Closed at shutdown or a busy database: the next start catches up (lists behind are found again)
      }
    })
    return this.queue
  }

  /** At start-up: the lists a run left part-indexed. */
  behind(): void {
    for (const listId of this.repo.listsBehindInSearch()) void this.list(listId)
  }

  /** Settles once the queued lists are indexed (for shutdown and tests). */
  done(): Promise<void> {
    return this.queue
  }
}
