import type { StateCreator } from 'zustand'
import type { ConversationStatus, InboxQuery } from '../../../src-shared/domain/inbox'
import { api } from '../../lib/api'
import type { Store } from '../../state/store'

export const inboxPeriods = ['any', 'today', 'week', 'month'] as const
export type InboxPeriod = (typeof inboxPeriods)[number]

/** What the Inbox is filtered by, kept while the user opens a conversation and comes back. */
export type InboxFilters = {
  status: ConversationStatus | ''
  campaignId: number | ''
  accountId: number | ''
  period: InboxPeriod
  search: string
}

export const noInboxFilters: InboxFilters = {
  status: '',
  campaignId: '',
  accountId: '',
  period: 'any',
  search: '',
}

export type InboxSlice = {
  inboxFilters: InboxFilters
  setInboxFilters: (change: Partial<InboxFilters>) => void
  /** Conversations with replies not opened yet: the navigation's count; null until Herald said. */
  inboxUnread: number | null
  setInboxUnread: (unread: number) => void
  /** Counts the changes Herald pushed ('inbox:changed'): the list reads its rows again in place. */
  inboxRevision: number
  noteInboxChanged: (unread: number) => void
  loadInboxUnread: () => Promise<void>
}

const periodDays: Record<Exclude<InboxPeriod, 'any'>, number> = { today: 1, week: 7, month: 30 }

/**
 * The first day of a period, as the YYYY-MM-DD (UTC) day 'inbox:list' takes: the UTC day of this computer's
 * midnight, so that a reply of the period is never left out (one from just before may show).
 */
export function periodStart(period: InboxPeriod, now: Date): string | undefined {
  if (period === 'any') return undefined
  // Counted in calendar days, so that a change of clock (summer time) moves no day
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (periodDays[period] - 1))
  return first.toISOString().slice(0, 10)
}

/** The request for the conversations these filters show (without paging). */
export function inboxQuery(
  filters: InboxFilters,
  includeRehearsal: boolean,
  now: Date,
): Omit<InboxQuery, 'offset' | 'limit'> {
  const search = filters.search.trim()
  const since = periodStart(filters.period, now)
  return {
    includeRehearsal,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.campaignId !== '' ? { campaignId: filters.campaignId } : {}),
    ...(filters.accountId !== '' ? { accountId: filters.accountId } : {}),
    ...(since ? { since } : {}),
    ...(search ? { search } : {}),
  }
}

/** Whether any filter narrows the list (the empty state then says to clear them). */
export function isFiltered(filters: InboxFilters): boolean {
  return (
    filters.status !== '' ||
    filters.campaignId !== '' ||
    filters.accountId !== '' ||
    filters.period !== 'any' ||
    filters.search.trim() !== ''
  )
}

export const createInboxSlice: StateCreator<Store, [], [], InboxSlice> = (set) => ({
  inboxFilters: noInboxFilters,
  setInboxFilters(change) {
    set((state) => ({ inboxFilters: { ...state.inboxFilters, ...change } }))
  },
  inboxUnread: null,
  setInboxUnread(inboxUnread) {
    set({ inboxUnread })
  },
  inboxRevision: 0,
  noteInboxChanged(inboxUnread) {
    set((state) => ({ inboxUnread, inboxRevision: state.inboxRevision + 1 }))
  },
  async loadInboxUnread() {
    // The count comes with any page of the list; the smallest page asks the least.
    const result = await api.invoke('inbox:list', { limit: 1 })
    if (result.ok) set({ inboxUnread: result.value.unread })
  },
})
