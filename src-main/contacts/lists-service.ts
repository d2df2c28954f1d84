import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Database } from 'better-sqlite3'
import type {
  Contact,
  ContactList,
  ContactPage,
  ImportRow,
  VerdictCounts,
} from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import { ContactListsRepo } from '../db/repos/contact-lists-repo'
import { SearchCatchUp } from './search-catch-up'
import type { ContactQuery } from '../db/repos/contact-lists-repo'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { OptOutsService } from './opt-outs-service'

export type ListsServiceDeps = {
  db: Database
  events: EventHub
  record: RecordEvent
  now?: () => Date
}

export type NewListMeta = {
  name: string
  sourceFile: string
  sheet: string
  country: string
  fieldKeys: string[]
  /** The header each field key was made from; a key without one is shown as it is. */
  fieldHeaders?: Record<string, string>
}

/** What the IPC handlers and the CLI need from the contacts side. */
export type ContactsServices = { lists: ListsService; optOuts: OptOutsService }

// Each deleted contact also leaves the search index (migration 0017), which costs more than the row
// itself: 1,000 rows took 10–20 ms in our measurement (npm run bench:search), short enough for other
// requests to be served between chunks; a 100k-row list is gone in 100 turns of the event loop.
export const deleteChunk = 500

const notFound = (): AppError => new AppError('NOT_FOUND', phrase('importing.list.gone'))

/** The headers of the list's own field keys, each as the spreadsheet had it (outer spaces aside). */
function headersOf(meta: NewListMeta): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of meta.fieldKeys) {
    const header = meta.fieldHeaders?.[key]?.trim()
    if (header) out[key] = header
  }
  return out
}

/**
 * Saved contact lists. A list is written in chunks — create, appendChunk as often as needed, finish — so
 * that saving a big spreadsheet never holds the main process for long; until finish it is invisible.
 */
export class ListsService {
  private readonly repo: ContactListsRepo
  /** Lists being deleted, one after the other (see purge). */
  private readonly deleting = new Set<number>()
  private deletions: Promise<void> = Promise.resolve()

  private readonly search: SearchCatchUp

  constructor(private readonly deps: ListsServiceDeps) {
    this.repo = new ContactListsRepo(deps.db)
    this.search = new SearchCatchUp(deps.db, this.repo)
  }

  /** Starts a list in status 'saving'; a name already in use gets " (2)", " (3)"… */
  create(meta: NewListMeta): number {
    const base = meta.name.trim()
    if (base === '') throw new AppError('BAD_INPUT', phrase('importing.list.nameMissing'))
    let name = base
    for (let n = 2; this.repo.nameTaken(name); n += 1) name = `${base} (${n})`
    const fieldHeaders = headersOf(meta)
    return this.repo.insertList({ ...meta, name, fieldHeaders, createdAt: this.now().toISOString() })
  }

  /** Writes one chunk of rows in one transaction. */
  appendChunk(listId: number, rows: readonly ImportRow[]): void {
    this.assertSaving(listId)
    this.repo.insertContacts(listId, rows)
  }

  /** Makes the list visible with its counts and tells every window. */
  finish(listId: number, counts: VerdictCounts): ContactList {
    if (this.deleting.has(listId)) throw notFound()
    if (!this.repo.markReady(listId, counts)) this.assertSaving(listId)
    const list = this.get(listId)
    this.deps.record('list_saved', `Saved the contact list "${list.name}" (${counts.total} rows)`, {
      listId,
      counts,
    })
    this.deps.events.emit('lists:changed', { listId })
    void this.search.list(listId)
    return list
  }

  /**
   * Throws away a list that was never finished (cancelled or failed import): it is deleted a chunk at a
   * time after this returns, as delete does, so that a caller cleaning up after a failure need not await.
   * The list stays invisible meanwhile, and a run that stops first leaves it to deleteUnfinished.
   */
  abandon(listId: number): void {
    if (this.repo.status(listId) === 'saving') void this.purge(listId)
  }

  /** Ready lists, newest first. */
  list(): ContactList[] {
    return this.repo.all()
  }

  get(listId: number): ContactList {
    const list = this.repo.get(listId)
    if (!list) throw notFound()
    return list
  }

  /** One page of a list's contacts in spreadsheet order, and how many match the filter in all. */
  contacts(listId: number, query: ContactQuery): ContactPage {
    this.get(listId)
    return this.repo.contacts(listId, query)
  }

  /** A page of the contacts valid at import, those opted out since included (for a new campaign). */
  validAtImport(listId: number, offset: number, limit: number): Contact[] {
    return this.repo.validAtImport(listId, offset, limit)
  }

  /** Hides the list at once, then deletes its contacts a chunk at a time. */
  async delete(listId: number): Promise<void> {
    const list = this.get(listId)
    this.repo.hide(listId)
    this.deps.record('list_deleted', `Deleted the contact list "${list.name}"`, { listId })
    this.deps.events.emit('lists:changed', { listId })
    await this.purge(listId)
  }

  /**
   * At start-up: lists a crash left half-saved (or half-deleted) are removed; returns how many. They are
   * invisible already, so start-up does not wait: they are deleted a chunk at a time after it.
   */
  deleteUnfinished(): number {
    const unfinished = this.repo.savingIds().filter((listId) => !this.deleting.has(listId))
    for (const listId of unfinished) void this.purge(listId)
    const removed = unfinished.length
    if (removed > 0) {
      this.deps.record(
        'lists_unfinished_deleted',
        `Removed ${removed} contact list(s) left half-saved by an earlier run`,
        { removed },
        'warn',
      )
    }
    return removed
  }

  /** At start-up: lists a run left part-way into the search index are finished in the background. */
  catchUpSearch(): void {
    this.search.behind()
  }

  /** Settles once every list saved so far is in the search index (for tests and benchmarks). */
  searchIndexed(): Promise<void> {
    return this.search.done()
  }

  /** Settles once every deletion started so far is over (for shutdown and tests). */
  deletionsDone(): Promise<void> {
    return this.deletions
  }

  /**
   * Deletes a list in status 'saving' a chunk of contacts per turn of the event loop, after the
   * deletions already started: one at a time, so that a turn never holds more than one chunk. Never
   * rejects: a deletion that fails (or meets the database closed at shutdown) leaves the list in status
   * 'saving', which the next start-up removes.
   */
  private purge(listId: number): Promise<void> {
    this.deleting.add(listId)
    const done = this.deletions.then(async () => {
      try {
        while (this.deps.db.open && this.repo.deleteContacts(listId, deleteChunk) === deleteChunk)
          await nextTurn()
        if (this.deps.db.open) this.repo.deleteIfSaving(listId)
      } catch (error) {
        if (this.deps.db.open) this.purgeFailed(listId, error)
      } finally {
        this.deleting.delete(listId)
      }
    })
    this.deletions = done
    return done
  }

  private purgeFailed(listId: number, error: unknown): void {
    try {
      const message = error instanceof Error ? error.message : String(error)
      this.deps.record(
        'list_delete_failed',
        'A contact list could not be deleted; it stays hidden and is removed at the next start',
        { listId, error: message },
        'warn',
      )
    } catch {
      // The database refuses even the record: the list is still removed at the next start.
    }
  }

  private assertSaving(listId: number): void {
    const status = this.repo.status(listId)
    if (status === undefined || this.deleting.has(listId)) throw notFound()
    if (status !== 'saving') {
      throw new AppError('CONFLICT', phrase('importing.list.alreadySaved'))
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }
}
