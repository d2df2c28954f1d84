import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Database } from 'better-sqlite3'
import type {
  Contact,
  ContactList,
  ContactPage,
  ImportRow,
  VerdictCounts,
} from '../../src-shared/domain/contacts'
import { ContactListsRepo } from '../db/repos/contact-lists-repo'
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
}

/** What the IPC handlers and the CLI need from the contacts side. */
export type ContactsServices = { lists: ListsService; optOuts: OptOutsService }

// 5,000 rows took 10–20 ms to delete in our measurement: short enough for other requests to be served
// between chunks, long enough that a 100k-row list is gone in 20 turns of the event loop.
const deleteChunk = 5000

const notFound = (): AppError =>
  new AppError(
    'NOT_FOUND',
    'That contact list no longer exists. It may have been deleted; choose another list or import it again.',
  )

/**
 * Saved contact lists. A list is written in chunks — create, appendChunk as often as needed, finish — so
 * that saving a big spreadsheet never holds the main process for long; until finish it is invisible.
 */
export class ListsService {
  private readonly repo: ContactListsRepo

  constructor(private readonly deps: ListsServiceDeps) {
    this.repo = new ContactListsRepo(deps.db)
  }

  /** Starts a list in status 'saving'; a name already in use gets " (2)", " (3)"… */
  create(meta: NewListMeta): number {
    const base = meta.name.trim()
    if (base === '') throw new AppError('BAD_INPUT', 'Give the list a name.')
    let name = base
    for (let n = 2; this.repo.nameTaken(name); n += 1) name = `${base} (${n})`
    return this.repo.insertList({ ...meta, name, createdAt: this.now().toISOString() })
  }

  /** Writes one chunk of rows in one transaction. */
  appendChunk(listId: number, rows: readonly ImportRow[]): void {
    this.assertSaving(listId)
    this.repo.insertContacts(listId, rows)
  }

  /** Makes the list visible with its counts and tells every window. */
  finish(listId: number, counts: VerdictCounts): ContactList {
    if (!this.repo.markReady(listId, counts)) this.assertSaving(listId)
    const list = this.get(listId)
    this.deps.record('list_saved', `Saved the contact list "${list.name}" (${counts.total} rows)`, {
      listId,
      counts,
    })
    this.deps.events.emit('lists:changed', { listId })
    return list
  }

  /**
   * Throws away a list that was never finished (cancelled or failed import). One statement, unlike
   * delete: it is a rare path, and a caller cleaning up after a failure should not have to await.
   */
  abandon(listId: number): void {
    this.repo.deleteIfSaving(listId)
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

  /** At start-up: lists a crash left half-saved are removed; returns how many. */
  deleteUnfinished(): number {
    const removed = this.repo.deleteAllSaving()
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

  private async purge(listId: number): Promise<void> {
    while (this.repo.deleteContacts(listId, deleteChunk) === deleteChunk) await nextTurn()
    this.repo.deleteIfSaving(listId)
  }

  private assertSaving(listId: number): void {
    const status = this.repo.status(listId)
    if (status === undefined) throw notFound()
    if (status !== 'saving') {
      throw new AppError('CONFLICT', 'That contact list is already saved; it cannot be changed any more.')
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }
}
