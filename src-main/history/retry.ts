import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Campaign, Template } from '../../src-shared/domain/campaigns'
import type { ContactList, ImportRow } from '../../src-shared/domain/contacts'
import type { RetryResult, RetryScope } from '../../src-shared/domain/history'
import type { CampaignsService } from '../campaign/campaigns-service'
import type { TemplatesService } from '../campaign/templates-service'
import type { ListsService } from '../contacts/lists-service'
import type { RecordEvent } from '../logging/app-events'
import type { OptOutsService } from '../contacts/opt-outs-service'
import type { CampaignRecord } from '../db/repos/campaigns-repo'
import { RetryCandidatesRepo } from '../db/repos/message-log-repo'
import type { RetryCandidate, RetryWhich } from '../db/repos/message-log-repo'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'

export type RetryDeps = {
  campaigns: CampaignsService
  templates: TemplatesService
  lists: ListsService
  optOuts: Pick<OptOutsService, 'has'>
  settings: { get(): { defaultCountry: string } }
  record: RecordEvent
}

/**
 * `language`: the words of the new campaign's and list's names when none is given — the window's handler
 * passes Settings' language; the command line leaves it out for English.
 */
export type RetryRequest = { campaignId: number; include: RetryScope; name?: string; language?: Locale }

const chunkSize = 1000
const finished = new Set(['completed', 'cancelled'])
type RetryNames = { campaign: string; list: string; source: string; template: string }

/**
 * The names a retry gives what it makes, in `language`: "Retry of Spring", "Spring — retry (failed)", and
 * "Offer (from Spring)" for the message saved again when its template was deleted.
 */
function retryNames(original: CampaignRecord, include: RetryScope, language: Locale = 'en'): RetryNames {
  const name = { name: original.name }
  return {
    campaign: sayIn(language, phrase('sending.retry.campaignName', name)),
    list: sayIn(language, phrase('sending.retry.listName', { ...name, scope: include })),
    source: sayIn(language, phrase('sending.retry.listSource', name)),
    template: sayIn(
      language,
      phrase('sending.retry.templateName', { ...name, template: original.templateName }),
    ),
  }
}

/** The contacts to retry; `variants` holds the variant each number was given the first time. */
type Gathered = { rows: ImportRow[]; variants: Map<string, string>; optedOut: number }

function toRow(c: RetryCandidate, row: number): ImportRow {
  const fields = c.fields ? (JSON.parse(c.fields) as Record<string, string>) : {}
  return {
    row,
    name: c.name,
    phoneRaw: c.phone,
    phone: c.phone,
    verdict: 'valid',
    reason: null,
    duplicateOf: null,
    repaired: false,
    fields,
  }
}

/**
 * "Retry failed / unsent": a new campaign, not started, to the contacts of a campaign whose message did not
 * go, with the same message (the text the campaign was created with), pace, variant rule and dry-run
 * flag; each contact keeps the variant it was given. Its contacts are saved as a list of their own, fields included, so that placeholders still fill.
 * A message that was sent, or may have been, is never part of it.
 */
export class RetryService {
  private readonly candidates: RetryCandidatesRepo

  constructor(
    db: ConstructorParameters<typeof RetryCandidatesRepo>[0],
    private readonly deps: RetryDeps,
  ) {
    this.candidates = new RetryCandidatesRepo(db)
  }

  async retry(request: RetryRequest): Promise<RetryResult> {
    const original = this.deps.campaigns.find(request.campaignId)
    if (!original) throw new AppError('NOT_FOUND', phrase('sending.campaign.notFound'))
    const which: RetryWhich = {
      failed: request.include !== 'unsent',
      unsent: request.include !== 'failed',
      queuedToo: finished.has(original.status),
    }
    const gathered = this.gather(original.id, which)
    if (gathered.rows.length === 0) this.nothingToRetry(original, which, gathered.optedOut)
    const names = retryNames(original, request.include, request.language)
    const name = request.name ?? names.campaign
    const listId = this.saveList(original, names, gathered)
    let campaign: Campaign
    try {
      campaign = await this.createOn(original, listId, { ...names, campaign: name }, gathered.variants)
    } catch (error) {
      await this.deps.lists.delete(listId)
      throw error
    }
    this.deps.record(
      'campaign_retry',
      `Created "${campaign.name}" to retry ${gathered.rows.length} message(s) of "${original.name}"`,
      { from: original.id, campaignId: campaign.id, skippedOptedOut: gathered.optedOut },
    )
    return { campaign, contacts: gathered.rows.length, skippedOptedOut: gathered.optedOut }
  }

  private gather(campaignId: number, which: RetryWhich): Gathered {
    const rows: ImportRow[] = []
    const variants = new Map<string, string>()
    let optedOut = 0
    for (let after = 0; ;) {
      const chunk = this.candidates.chunk(campaignId, which, after, chunkSize)
      for (const c of chunk) {
        if (c.optedOut || this.deps.optOuts.has(c.phone)) optedOut += 1
        else if (!variants.has(c.phone)) {
          variants.set(c.phone, c.variant)
          rows.push(toRow(c, rows.length + 1))
        }
      }
      if (chunk.length < chunkSize) return { rows, variants, optedOut }
      after = chunk[chunk.length - 1]?.messageId ?? after
    }
  }

  private nothingToRetry(original: CampaignRecord, which: RetryWhich, optedOut: number): never {
    if (optedOut > 0) {
      throw new AppError('BAD_INPUT', phrase('sending.retry.allOptedOut', { count: optedOut }))
    }
    if (which.unsent && !which.queuedToo && original.counts.queued > 0) {
      throw new AppError('CONFLICT', phrase('sending.retry.notFinished', { count: original.counts.queued }))
    }
    throw new AppError('BAD_INPUT', phrase('sending.retry.nothing'))
  }

  private saveList(original: CampaignRecord, names: RetryNames, gathered: Gathered): number {
    const { lists } = this.deps
    const keys = new Set<string>()
    for (const row of gathered.rows) for (const key of Object.keys(row.fields)) keys.add(key)
    const source = original.listId ? tryList(lists, original.listId) : undefined
    const listId = lists.create({
      name: names.list,
      sourceFile: names.source,
      sheet: '',
      country: source?.country || this.deps.settings.get().defaultCountry,
      fieldKeys: [...keys],
      fieldHeaders: source?.fieldHeaders,
    })
    try {
      for (let at = 0; at < gathered.rows.length; at += chunkSize)
        lists.appendChunk(listId, gathered.rows.slice(at, at + chunkSize))
      const total = gathered.rows.length
      lists.finish(listId, { total, valid: total, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 })
    } catch (error) {
      lists.abandon(listId)
      throw error
    }
    return listId
  }

  private async createOn(
    original: CampaignRecord,
    listId: number,
    names: RetryNames,
    keptVariants: ReadonlyMap<string, string>,
  ): Promise<Campaign> {
    await nextTurn()
    const template = this.templateOf(original, names.template)
    return this.deps.campaigns.createFrom({
      input: {
        name: names.campaign,
        listId,
        templateId: template.id,
        dryRun: original.dryRun,
        pace: original.pacing.preset,
        variantRule: original.variantRule,
      },
      template,
      // The same pace as the original, as it was then: later changes to the pace settings do not apply.
      pacing: original.pacing,
      // Each contact gets the wording it got the first time, not a new draw of the split.
      keptVariants,
      // On the same numbers, those still there (the first number when none is)
      shares: this.deps.campaigns.numbers.sameAs(original.id),
    })
  }

  /**
   * The message as the original campaign sent it. A campaign must point at a saved template, so when its
   * template has been deleted since, the text is saved again as a template of its own.
   */
  private templateOf(original: CampaignRecord, savedAgainAs: string): Template {
    const saved = original.templateId ? this.deps.templates.find(original.templateId) : undefined
    // The retry sends what the original sent: its text and its attachment, not the template's latest.
    if (saved) return { ...saved, variants: original.variants, attachment: original.attachment }
    const base = savedAgainAs.slice(0, 110)
    let name = base
    for (let n = 2; this.deps.templates.nameTaken(name); n += 1) name = `${base} (${n})`
    const restored = this.deps.templates.save({ name, variants: original.variants })
    return { ...restored, variants: original.variants, attachment: original.attachment }
  }
}

function tryList(lists: ListsService, listId: number): ContactList | undefined {
  try {
    return lists.get(listId)
  } catch {
    return undefined
  }
}
