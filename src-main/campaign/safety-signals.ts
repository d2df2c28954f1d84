import type { Database } from 'better-sqlite3'
import { complaintPhrase } from '../../src-shared/domain/complaint-words'
import { optOutKeyword } from '../../src-shared/domain/opt-out-keywords'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { CampaignRecord } from '../db/repos/campaigns-repo'
import { SafetyRepo } from '../db/repos/safety-repo'
import type { RecentSend } from '../db/repos/safety-repo'

export type SafetyOptions = {
  /** How many of the account's latest sends are judged. */
  window: number
  /** Fewer people than this in the window are not judged: one opt-out of 3 sends says little. */
  minPeople: number
  /** More than this share of the people in the window asking to stop pauses the campaign… */
  maxOptOutShare: number
  /** …provided at least this many did: one person alone is not a trend. */
  minOptOuts: number
  /** This many people in the window replying with a complaint phrase pauses the campaign. */
  minComplaints: number
}

// Opt-outs over 2% of the last 50 (issue 12): with 50 sends, 2 people. Complaints: 2, since one "who is
// this?" happens to any shop, and two within 50 messages means the list holds people who do not know it.
export const defaultSafetyOptions: SafetyOptions = {
  window: 50,
  minPeople: 20,
  maxOptOutShare: 0.02,
  minOptOuts: 2,
  minComplaints: 2,
}

export type SafetyWords = { optOut: readonly string[]; complaint: readonly string[] }

export type SafetyVerdict = {
  /** Why the campaign pauses, in English words (the CLI, the log)… */
  reason: string
  /** …and as the phrase the window words in the user's language. */
  reasonPhrase: Phrase
  /** The signals counted, as `stop:<phone>` or `complaint:<phone>`: resuming over them accepts them. */
  signals: string[]
}

const said = (reasonPhrase: Phrase, signals: string[]): SafetyVerdict => ({
  reason: english(reasonPhrase),
  reasonPhrase,
  signals,
})
const quoted = (phrases: readonly string[]): string => phrases.map((p) => `“${p}”`).join(', ')

/**
 * Decides whether the account's latest sends show people unhappy to hear from it. A rule only pauses when
 * one of the signals it counts has not been accepted yet (a campaign resumed over them), so resuming after a
 * pause goes on until a new signal makes things worse.
 */
export function judgeSafety(
  sends: readonly RecentSend[],
  words: SafetyWords,
  accepted: ReadonlySet<string> = new Set(),
  options: SafetyOptions = defaultSafetyOptions,
): SafetyVerdict | null {
  // A person sent two messages in the window counts once, with whatever either of them got.
  const people = new Set(sends.map((s) => s.phone))
  if (people.size < options.minPeople) return null
  const stops = new Set<string>()
  const complaints = new Map<string, string>()
  for (const send of sends) {
    const reply = send.reply
    if (send.optedOutByReply || (reply !== null && optOutKeyword(reply, words.optOut) !== null)) {
      stops.add(send.phone)
    }
    const complaint = reply === null ? null : complaintPhrase(reply, words.complaint)
    if (complaint !== null && !complaints.has(send.phone)) complaints.set(send.phone, complaint)
  }
  const fresh = (kind: string, phones: Iterable<string>): string[] | null => {
    const signals = [...phones].map((phone) => `${kind}:${phone}`)
    return signals.some((s) => !accepted.has(s)) ? signals : null
  }
  const share = stops.size / people.size
  const stopSignals = fresh('stop', stops)
  if (stops.size >= options.minOptOuts && share > options.maxOptOutShare && stopSignals) {
    const counted = { count: stops.size, people: people.size, share }
    return said(phrase('sending.pause.optOuts', counted), stopSignals)
  }
  const complaintSignals = fresh('complaint', complaints.keys())
  if (complaints.size >= options.minComplaints && complaintSignals) {
    const phrases = [...new Set(complaints.values())].slice(0, 3)
    const counted = { count: complaints.size, people: people.size, words: quoted(phrases) }
    return said(phrase('sending.pause.complaints', counted), complaintSignals)
  }
  return null
}

export type SafetySignalsDeps = {
  db: Database
  /** The opt-out words of Settings: a reply with one of them asked to stop, even in a dry run. */
  optOutKeywords(): readonly string[]
  /** The complaint words of Settings, read at each judgement; none turns the complaint rule off. */
  complaintWords(): readonly string[]
  /** Judge dry runs too, over the dry runs' own sends. Off: see SafetySignals. */
  rehearse?: boolean
  options?: SafetyOptions
}

/**
 * The account-safety signals of this process: one judge per campaign run, beside the circuit breaker.
 * Live campaigns are judged together, over the WhatsApp number's latest sends; a dry run, if at all, only
 * over the dry runs' sends. By default dry runs are not judged: the dry-run transport invents replies of
 * which about 2% of the sends get a STOP, right at the limit, so a rehearsal would pause itself at random.
 */
export class SafetySignals {
  private readonly repo: SafetyRepo
  private readonly options: SafetyOptions
  /** Per campaign, the signals of the verdict that last paused it: resuming the campaign accepts them. */
  private readonly shown = new Map<number, string[]>()
  /**
   * Signals the user resumed a campaign over. Memory only: after a restart the same verdict can pause a
   * campaign once more, which errs on the safe side.
   */
  private readonly accepted = { live: new Set<string>(), dryRun: new Set<string>() }

  constructor(private readonly deps: SafetySignalsDeps) {
    this.repo = new SafetyRepo(deps.db)
    this.options = deps.options ?? defaultSafetyOptions
  }

  /** The judge of one run of the campaign (`EngineDeps.safety`); undefined for a dry run not rehearsed. */
  judgeFor(campaign: Pick<CampaignRecord, 'id' | 'dryRun'>): ((now: number) => Phrase | null) | undefined {
    const { dryRun } = campaign
    if (dryRun && !this.deps.rehearse) return undefined
    const accepted = dryRun ? this.accepted.dryRun : this.accepted.live
    for (const signal of this.shown.get(campaign.id) ?? []) accepted.add(signal)
    this.shown.delete(campaign.id)
    return () => {
      const words = { optOut: this.deps.optOutKeywords(), complaint: this.deps.complaintWords() }
      const sends = this.repo.recentSends(this.options.window, dryRun)
      const verdict = judgeSafety(sends, words, accepted, this.options)
      if (verdict) this.shown.set(campaign.id, verdict.signals)
      return verdict?.reasonPhrase ?? null
    }
  }
}
