import { describe, expect, it } from 'vitest'
import { defaultComplaintWords } from '../../src-shared/domain/complaint-words'
import { defaultOptOutKeywords } from '../../src-shared/domain/opt-out-keywords'
import type { RecentSend } from '../db/repos/safety-repo'
import { judgeSafety } from './safety-signals'

const words = { optOut: defaultOptOutKeywords, complaint: defaultComplaintWords }
const phone = (i: number): string => `+447911${String(200000 + i)}`

/** `count` sends to different people, newest first; `replies` gives some of them an answer. */
function sends(count: number, replies: Record<number, string> = {}, optedOut: number[] = []): RecentSend[] {
  return Array.from({ length: count }, (_, i) => ({
    phone: phone(i),
    sentAt: new Date(Date.UTC(2026, 2, 2, 12) - i * 60_000).toISOString(),
    reply: replies[i] ?? null,
    optedOutByReply: optedOut.includes(i),
  }))
}

const judge = (list: RecentSend[], accepted?: ReadonlySet<string>): string | null =>
  judgeSafety(list, words, accepted)?.reason ?? null

describe('account-safety signals: opt-outs', () => {
  it('pauses when more than 2% of the last 50 people asked to stop, with a sentence that says why', () => {
    expect(judge(sends(50, {}, [3]))).toBeNull()
    expect(judge(sends(50, {}, [3, 30, 41]))).toBe(
      '3 of the last 50 people you messaged asked to stop (6%). WhatsApp bans numbers that many people ' +
        'block or report: Herald paused the campaign. Check that these contacts know you and expect your ' +
        'messages, slow down (Safe pace), and resume only when you are sure.',
    )
    expect(judge(sends(50, {}, [3, 30]))).toMatch(
      /^2 of the last 50 people you messaged asked to stop \(4%\)/,
    )
  })

  it('judges nothing before 20 people got a message, and never one opt-out alone', () => {
    expect(judge(sends(3, {}, [0]))).toBeNull()
    expect(judge(sends(19, {}, [0, 1, 2]))).toBeNull()
    expect(judge(sends(20, {}, [0]))).toBeNull()
    expect(judge(sends(20, {}, [0, 1]))).toMatch(/^2 of the last 20 people .* \(10%\)/)
  })

  it('counts a reply with an opt-out word even when the number is not on the list (a dry run)', () => {
    expect(judge(sends(25, { 1: 'STOP', 4: 'Baja por favor' }))).toMatch(/^2 of the last 25 people/)
    expect(judge(sends(25, { 1: 'Stopwatch?', 4: 'Thanks' }))).toBeNull()
  })

  it('counts a person once, whichever of their two messages got the answer', () => {
    const list = sends(30, {}, [0, 1])
    list.push({ ...list[0]!, sentAt: '2026-03-01T09:00:00.000Z', optedOutByReply: true })
    expect(judge(list)).toMatch(/^2 of the last 30 people/)
  })
})

describe('account-safety signals: complaints', () => {
  it('pauses on two complaint replies, quoting only the phrases of the list', () => {
    expect(judge(sends(40, { 2: 'Who is this? I never gave you my number, Mr Smith' }))).toBeNull()
    const reason = judge(
      sends(40, {
        2: 'Who is this? I never gave you my number, Mr Smith',
        9: '¿Quién es? número equivocado',
      }),
    )
    expect(reason).toMatch(
      /^2 of the last 40 people you messaged replied with words like “who is this”, “quién es”: they may not know you\. WhatsApp bans/,
    )
    expect(reason).not.toMatch(/Smith|never gave/)
  })

  it('judges complaints too only from 20 people on, and uses the words it is given', () => {
    expect(judge(sends(19, { 0: 'spam', 1: 'spam' }))).toBeNull()
    expect(judge(sends(20, { 0: 'spam', 1: 'spam' }))).toMatch(/words like “spam”/)
    const custom = { optOut: defaultOptOutKeywords, complaint: ['nicht interessiert'] }
    const list = sends(20, { 0: 'Nicht interessiert!', 1: 'nicht interessiert', 2: 'spam' })
    expect(judgeSafety(list, custom)?.reason).toMatch(/words like “nicht interessiert”: /)
    expect(judgeSafety(sends(20, { 0: 'spam', 1: 'spam' }), { ...custom, complaint: [] })).toBeNull()
  })

  it('prefers the opt-out sentence when both rules are met', () => {
    expect(judge(sends(30, { 0: 'spam', 1: 'wrong number' }, [5, 6]))).toMatch(/asked to stop/)
  })
})

describe('account-safety signals after a resume', () => {
  it('pauses again only when a signal the user has not resumed over comes on top', () => {
    const first = judgeSafety(sends(50, {}, [3, 30]), words)
    expect(first?.signals).toEqual([`stop:${phone(3)}`, `stop:${phone(30)}`])
    const accepted = new Set(first?.signals)
    expect(judge(sends(50, {}, [3, 30]), accepted)).toBeNull()
    expect(judge(sends(50, {}, [3, 30, 12]), accepted)).toMatch(/^3 of the last 50 people/)
    expect(judge(sends(50, { 7: 'spam', 8: 'who is this' }, [3, 30]), accepted)).toMatch(/words like/)
  })
})
