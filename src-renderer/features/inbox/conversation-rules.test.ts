import { describe, expect, it } from 'vitest'
import type { Conversation } from '../../../src-shared/domain/inbox'
import { translator } from '../../i18n/translate.test-support'
import { markedWords, nextSteps, whyNoReply } from './conversation-rules'

const t = translator('en')

const conversation = (change: Partial<Conversation> = {}): Conversation => ({
  id: 1,
  name: 'Shop 4',
  phone: '+447911200103',
  campaignId: 1,
  campaignName: 'Spring',
  accountId: 1,
  accountName: 'My number',
  status: 'new',
  note: null,
  replies: 1,
  firstReplyAt: '2026-03-10T10:00:00.000Z',
  lastReplyAt: '2026-03-10T10:00:00.000Z',
  lastReply: 'How much?',
  unread: 0,
  rehearsal: false,
  sent: null,
  messages: [],
  ...change,
})

describe('the quick reply', () => {
  it('may answer a real contact who did not opt out', () => {
    expect(whyNoReply(t, conversation())).toBeNull()
    expect(whyNoReply(t, conversation({ status: 'lead' }))).toBeNull()
  })

  it('says why it cannot answer a rehearsal or an opted-out contact', () => {
    expect(whyNoReply(t, conversation({ rehearsal: true }))).toBe(
      "This is a dry run's invented reply: nothing can be sent to it.",
    )
    expect(whyNoReply(t, conversation({ status: 'opted_out' }))).toMatch(/opted out.*Undo opt-out/)
  })
})

describe('the marks offered', () => {
  const labels = (status: Conversation['status']): string[] => nextSteps(t, status).map((s) => s.label)

  it('move a conversation on from where it is, and an opt-out can be undone', () => {
    expect(labels('new')).toEqual(['Handled', 'Opt out'])
    expect(labels('lead')).toEqual(['Handled', 'Back to New', 'Opt out'])
    expect(labels('handled')).toEqual(['Back to New', 'Opt out'])
    expect(nextSteps(t, 'opted_out')).toEqual([{ label: 'Undo opt-out', status: 'new' }])
  })

  it('say what the mark did, and what an opt-out does to the opt-out list', () => {
    expect(markedWords(t, conversation({ status: 'lead' }), 'new')).toBe('Marked Lead.')
    expect(markedWords(t, conversation({ status: 'lead' }), 'lead')).toBe('Note saved.')
    expect(markedWords(t, conversation({ status: 'opted_out' }), 'new')).toBe(
      'Opted out: +44 7911 200103 is on your opt-out list, and no campaign will send to it.',
    )
    expect(markedWords(t, conversation({ status: 'new' }), 'opted_out')).toBe(
      'Back to New, and +44 7911 200103 is off your opt-out list again.',
    )
    expect(markedWords(t, conversation({ status: 'opted_out', rehearsal: true }), 'new')).toBe(
      'Marked opted out. A rehearsal never touches your real opt-out list.',
    )
  })

  it("say it in the window's language", () => {
    expect(markedWords(translator('es'), conversation({ status: 'lead' }), 'new')).toBe(
      'Marcado como cliente potencial.',
    )
    expect(nextSteps(translator('ar'), 'opted_out')[0]?.label).not.toBe('Undo opt-out')
  })
})
