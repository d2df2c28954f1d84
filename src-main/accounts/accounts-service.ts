import type { Database } from 'better-sqlite3'
import { AccountNameSchema, maxAccountName } from '../../src-shared/domain/accounts'
import type { Account, AccountView } from '../../src-shared/domain/accounts'
import type { LinkTest } from '../../src-shared/domain/link-test'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { SendBudget } from '../campaign/send-budget'
import type { Clock } from '../clock'
import { AccountsRepo } from '../db/repos/accounts-repo'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { NumberLink, WhatsAppNumbers } from '../whatsapp/numbers'

export type AccountsDeps = {
  db: Database
  numbers: WhatsAppNumbers
  budget: SendBudget
  clock: Clock
  events: EventHub
  record: RecordEvent
  /** The first number's "sent to customers for months" switch lives in Settings, as it always did. */
  firstEstablished(): boolean
  setFirstEstablished(established: boolean): void
  /** Settings → "Disconnect numbers not sending". */
  disconnectIdle(): boolean
}

const DAY = 24 * 60 * 60_000

/** Why a name is refused, in the words of AccountNameSchema's own messages. */
function nameRefusal(code: string | undefined): Phrase {
  if (code === 'too_small') return phrase('whatsapp.number.nameEmpty')
  if (code === 'too_big') return phrase('whatsapp.number.nameTooLong', { max: maxAccountName })
  return phrase('whatsapp.number.checkName')
}

/**
 * The sending numbers: naming, adding and removing them, and each one's connection (through
 * WhatsAppNumbers). The first number is the one Herald always had: it can be renamed and logged out, but
 * not removed. A removed number's login is deleted; what it sent stays in the history under its name.
 */
export class AccountsService {
  private readonly repo: AccountsRepo
  private readonly unsubscribe: () => void

  constructor(private readonly deps: AccountsDeps) {
    this.repo = new AccountsRepo(deps.db)
    this.unsubscribe = deps.events.subscribe((event, payload) => {
      if (event !== 'campaign:progress') return
      const { campaignId, status } = payload as { campaignId: number; status: string }
      // Finished or stopped only: a draft has not sent yet, and a paused campaign resumes on its numbers
      if (status === 'completed' || status === 'cancelled') void this.closeIdle(campaignId)
    })
  }

  /**
   * A live campaign ended: with several numbers, each of its numbers that sends nothing else now closes its
   * browser (about 300 MB each), unless Settings keeps them connected. The login stays.
   */
  private async closeIdle(campaignId: number): Promise<void> {
    if (!this.deps.disconnectIdle() || this.repo.list().length < 2) return
    for (const accountId of this.repo.liveShareAccounts(campaignId)) {
      if (this.repo.sendingCampaigns(accountId) > 0) continue
      if (this.deps.numbers.state(accountId).status !== 'ready') continue
      const name = this.repo.get(accountId)?.name ?? String(accountId)
      this.deps.record('account_idle_closed', `Closed the browser of "${name}": it is not sending`, {
        accountId,
      })
      await this.deps.numbers.link(accountId).connection.cancel()
    }
  }

  close(): void {
    this.unsubscribe()
  }

  accounts(): Account[] {
    return this.repo.list().map((a) => this.withSwitch(a))
  }

  list(): AccountView[] {
    const now = this.deps.clock.now()
    return this.accounts().map((account) => {
      const warmUp = this.deps.budget.warmUp(false, now, undefined, account.id)
      return {
        ...account,
        state: this.deps.numbers.state(account.id),
        sentToday: this.deps.budget.history(false, now, account.id).sentAt.filter((at) => at > now - DAY)
          .length,
        dailyCap: warmUp?.dailyCap ?? null,
        warmUpDay: warmUp?.day ?? null,
        sending: this.repo.sendingCampaigns(account.id) > 0,
      }
    })
  }

  get(accountId: number): Account {
    const account = this.repo.get(accountId)
    if (!account || !this.repo.list().some((a) => a.id === accountId))
      throw new AppError('NOT_FOUND', phrase('whatsapp.number.removed'))
    return this.withSwitch(account)
  }

  /** A number by its name (any case) or its id, as the CLI's `--account` gives it. */
  resolve(nameOrId: string): Account {
    const byName = this.repo.byName(nameOrId.trim())
    if (byName) return this.withSwitch(byName)
    const id = /^\d+$/.test(nameOrId.trim()) ? Number(nameOrId) : NaN
    if (this.repo.list().some((a) => a.id === id)) return this.get(id)
    const names = this.repo.list().map((a) => `"${a.name}"`)
    throw new AppError(
      'NOT_FOUND',
      phrase('whatsapp.number.notFound', { name: nameOrId, names: names.join(', ') }),
    )
  }

  add(name: string): Account {
    const clean = this.validName(name)
    const account = this.repo.add(clean, new Date(this.deps.clock.now()).toISOString())
    this.deps.record('account_added', `Added the number "${clean}"`, { accountId: account.id })
    this.changed(account.id)
    return account
  }

  rename(accountId: number, name: string): Account {
    const before = this.get(accountId)
    const clean = this.validName(name, accountId)
    this.repo.rename(accountId, clean)
    this.deps.record('account_renamed', `Renamed the number "${before.name}" to "${clean}"`, { accountId })
    this.changed(accountId)
    return this.get(accountId)
  }

  async remove(accountId: number): Promise<void> {
    const account = this.get(accountId)
    if (accountId === 1) {
      throw new AppError('CONFLICT', phrase('whatsapp.number.firstStays', { name: account.name }))
    }
    const unfinished = this.repo.unfinishedCampaigns(accountId)
    if (unfinished > 0) {
      throw new AppError(
        'CONFLICT',
        phrase('whatsapp.number.unfinished', { name: account.name, count: unfinished }),
      )
    }
    await this.deps.numbers.forget(accountId)
    this.repo.remove(accountId, new Date(this.deps.clock.now()).toISOString())
    this.deps.record('account_removed', `Removed the number "${account.name}"; its history stays`, {
      accountId,
    })
    this.changed(accountId)
  }

  /** The number's WhatsApp link (its connection and test), for `herald wa --account`. */
  link(accountId: number): NumberLink {
    this.get(accountId)
    return this.deps.numbers.link(accountId)
  }

  connect(accountId: number, options: { clearCache?: boolean } = {}): Promise<WhatsAppState> {
    this.get(accountId)
    return this.deps.numbers.link(accountId).connection.connect(options)
  }

  /** Closes the number's browser; the login stays. */
  disconnect(accountId: number): Promise<WhatsAppState> {
    this.get(accountId)
    return this.deps.numbers.link(accountId).connection.cancel()
  }

  logout(accountId: number): Promise<WhatsAppState> {
    this.get(accountId)
    return this.deps.numbers.link(accountId).connection.logout()
  }

  sendTest(accountId: number, to?: string): Promise<LinkTest> {
    this.get(accountId)
    return this.deps.numbers.link(accountId).linkTest.run({ to })
  }

  setEstablished(accountId: number, established: boolean): Account {
    this.get(accountId)
    if (accountId === 1) this.deps.setFirstEstablished(established)
    else this.repo.setEstablished(accountId, established)
    this.changed(accountId)
    return this.get(accountId)
  }

  /** WhatsApp linked the number: its phone is kept with it. */
  linked(accountId: number, phone: string): void {
    const before = this.repo.get(accountId)
    if (before?.phone === phone) return
    this.repo.linked(accountId, phone, new Date(this.deps.clock.now()).toISOString())
    this.changed(accountId)
  }

  private withSwitch(account: Account): Account {
    return account.id === 1 ? { ...account, established: this.deps.firstEstablished() } : account
  }

  private validName(name: string, self?: number): string {
    const parsed = AccountNameSchema.safeParse(name)
    if (!parsed.success) throw new AppError('BAD_INPUT', nameRefusal(parsed.error.issues[0]?.code))
    const taken = this.repo.byName(parsed.data)
    if (taken && taken.id !== self)
      throw new AppError('CONFLICT', phrase('whatsapp.number.nameTaken', { name: taken.name }))
    return parsed.data
  }

  private changed(accountId: number | null): void {
    this.deps.events.emit('accounts:changed', { accountId })
  }
}
