import { setImmediate as nextTurn } from 'node:timers/promises'
import type { CampaignInput, PacingSpec, Template, VariantRule } from '../../src-shared/domain/campaigns'
import type { Contact, ContactList } from '../../src-shared/domain/contacts'
import { renderMessage } from '../../src-shared/domain/template'
import { ruleProblemPhrases } from '../../src-shared/domain/variant-rule'
import { phrase } from '../../src-shared/i18n/phrase'
import type { CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo, NewMessage } from '../db/repos/messages-repo'
import type { DiskRoom } from '../disk-space'
import { AppError } from '../errors'
import { problemsError, someProblems } from './problems'
import { onOptOutList } from './message-details'
import { recentDetail } from './recent-contacts'
import type { RecentCap } from './recent-contacts'

export type CreateDeps = {
  campaigns: CampaignsRepo
  messages: MessagesRepo
  contacts: (listId: number, offset: number, limit: number) => Contact[]
  isOptedOut: (phone: string) => boolean
  now: () => string
  /** The room on the data folder's disk: checked first, and what a full disk is reported with. */
  room?: Pick<DiskRoom, 'ensure' | 'explain'>
  /** Records the numbers the campaign goes out on (campaign_accounts). */
  saveShares?: (campaignId: number, shares: readonly ShareWeight[]) => void
}

/** A sending number of a campaign and the weight of its share. */
export type ShareWeight = { accountId: number; weight: number }

export type CreatePlan = {
  input: CampaignInput
  list: ContactList
  template: Template
  pacing: PacingSpec
  /** The contact frequency cap; without it nobody is left out for a recent message. */
  recent?: RecentCap
  /**
   * The variant each number must get, whatever the rule would draw (a retry keeps what the contact was sent
   * the first time, so that "which wording worked" still compares like with like).
   */
  keptVariants?: ReadonlyMap<string, string>
  /** The sending numbers and their weights; the first number alone when left out. */
  shares?: readonly ShareWeight[]
}

/**
 * Deals messages to the numbers by weight, evenly spread (smooth weighted round-robin): weights 2 and 1
 * give A, B, A, A, B, A … so that every number starts at once and none gets a run of the list's end.
 */
export function shareDealer(shares: readonly ShareWeight[]): () => number {
  const current = shares.map(() => 0)
  const total = shares.reduce((sum, s) => sum + s.weight, 0)
  return () => {
    let best = 0
    shares.forEach((share, i) => {
      current[i]! += share.weight
      if (current[i]! > current[best]!) best = i
    })
    current[best]! -= total
    return shares[best]!.accountId
  }
}

// About 20 ms of rendering and writing per chunk in our measurement: other requests are served between
// chunks, and 100k contacts take 100 turns of the event loop.
const chunkSize = 1000

// Measured on schema 13 with 5,000 messages: a message with its indexes, its event and its summary rows
// settles at about 440 bytes plus 1.2 × its text. Rounded up, so that the estimate errs on the side of
// room; the WAL's copy of the pages, which SQLite keeps bounded, is in DiskRoom's margin
// (create-campaign.test.ts checks that a real campaign stays within both).
const bytesPerMessage = 640
const bytesPerTextByte = 1.5
// What placeholders may add to a message's text beyond the template's own ({{name}} becomes a name).
const fieldBytes = 64

/** About how much the database grows by for a campaign of `messages` messages of `template`'s text. */
export function campaignBytes(messages: number, template: Pick<Template, 'variants'>): number {
  const text = Math.max(...template.variants.map((v) => Buffer.byteLength(v.body, 'utf8'))) + fieldBytes
  return Math.ceil(messages * (bytesPerMessage + bytesPerTextByte * text))
}

/** The fields a template can use for one contact: its columns, plus name and phone if not already there. */
export function contactFields(contact: Contact): Record<string, string> {
  return { name: contact.name ?? '', phone: contact.phone ?? '', ...contact.fields }
}

/** Refusals that need no database: pace none outside a dry run, live sending without WhatsApp. */
export function assertCreatable(input: CampaignInput, liveAvailable: boolean): void {
  if (input.pace === 'none' && !input.dryRun) {
    throw new AppError('BAD_INPUT', phrase('sending.create.paceNeedsDryRun'))
  }
  if (!input.dryRun && !liveAvailable) {
    throw new AppError('UNAVAILABLE', phrase('sending.create.liveUnavailable'))
  }
}

export function checkRule(rule: VariantRule, template: Template): void {
  const problems = ruleProblemPhrases(rule, template.variants)
  if (someProblems(problems)) throw problemsError('BAD_INPUT', problems)
}

function messageFor(
  contact: Contact,
  plan: CreatePlan,
  rule: VariantRule,
  campaignId: number,
  isOptedOut: (phone: string) => boolean,
): NewMessage | null {
  if (contact.phone === null) return null
  const kept = plan.template.variants.find((v) => v.name === plan.keptVariants?.get(contact.phone ?? ''))
  // Rendered once, now, from a seed of (campaign, contact): a resumed campaign sends exactly this text.
  const rendered = renderMessage(
    kept ? [kept] : plan.template.variants,
    kept ? { kind: 'single' } : rule,
    contactFields(contact),
    `${campaignId}:${contact.id}`,
  )
  return {
    contactId: contact.id,
    phone: contact.phone,
    name: contact.name,
    variant: rendered.variant,
    body: rendered.text,
    ...skipOf(contact.phone, plan.recent, isOptedOut),
  }
}

function skipOf(
  phone: string,
  recent: RecentCap | undefined,
  isOptedOut: (phone: string) => boolean,
): Pick<NewMessage, 'status' | 'category' | 'detail'> {
  if (isOptedOut(phone)) return { status: 'skipped', category: 'opted_out', detail: onOptOutList }
  const lastSentAt = recent?.lastSentTo.get(phone)
  if (recent && lastSentAt) {
    const detail = recentDetail(lastSentAt, recent.days, recent.timeZone)
    return { status: 'skipped', category: 'recently_contacted', detail }
  }
  return { status: 'queued', category: null, detail: null }
}

/**
 * Writes a campaign and one message per valid contact of its list, in chunks so that a big list never
 * holds the main process for long. The campaign stays invisible until its last chunk is in; if anything
 * fails half-way it is removed. Returns the new campaign's id.
 */
export async function createCampaign(deps: CreateDeps, plan: CreatePlan): Promise<number> {
  const { input, list, template } = plan
  const rule = input.variantRule ?? { kind: 'single' }
  checkRule(rule, template)
  const need = deps.room?.ensure({ kind: 'campaign' }, campaignBytes(list.counts.valid, template))
  try {
    return await writeCampaign(deps, plan, rule)
  } catch (error) {
    throw deps.room ? deps.room.explain(error, need) : error
  }
}

async function writeCampaign(deps: CreateDeps, plan: CreatePlan, rule: VariantRule): Promise<number> {
  const { input, list, template } = plan
  const id = deps.campaigns.insert({
    name: input.name ?? `${template.name} → ${list.name}`,
    listId: list.id,
    listName: list.name,
    templateId: template.id,
    templateName: template.name,
    dryRun: input.dryRun,
    pacing: plan.pacing,
    variantRule: rule,
    variants: template.variants,
    // The template's file as it is now: the campaign keeps it whatever the template gets later.
    attachment: template.attachment,
    createdAt: deps.now(),
  })
  const shares = plan.shares?.length ? plan.shares : [{ accountId: 1, weight: 1 }]
  const deal = shareDealer(shares)
  try {
    deps.saveShares?.(id, shares)
    let written = 0
    for (let offset = 0; ; offset += chunkSize) {
      const contacts = deps.contacts(list.id, offset, chunkSize)
      const rows = contacts
        .map((c) => messageFor(c, plan, rule, id, deps.isOptedOut))
        .filter((m): m is NewMessage => m !== null)
        // Skipped ones are never sent: they stay with the first number
        .map((m) => ({ ...m, accountId: m.status === 'queued' ? deal() : shares[0]!.accountId }))
      deps.messages.insertMany(id, rows, deps.now())
      written += rows.length
      if (contacts.length < chunkSize) break
      await nextTurn()
    }
    if (written === 0) {
      throw new AppError('BAD_INPUT', phrase('sending.create.noValidNumbers', { list: list.name }))
    }
    deps.campaigns.markPrepared(id)
    return id
  } catch (error) {
    removeUnprepared(deps, id)
    throw error
  }
}

/** A campaign that failed half-way goes; if even that fails (a full disk), the next start removes it. */
function removeUnprepared(deps: CreateDeps, id: number): void {
  try {
    deps.campaigns.delete(id)
  } catch {
    // Never shown meanwhile: only prepared campaigns are read (CampaignsService.recover deletes the rest).
  }
}
