import { describe, expect, it } from 'vitest'
import { ReportDefinitionSchema } from '../../../src-shared/domain/report-definitions'
import { translator } from '../../i18n/translate.test-support'
import { describeFilters, describeReport } from './describe'

const t = translator('en')

const choices = {
  campaigns: [{ value: 3, label: 'Spring offer' }],
  lists: [{ value: 1, label: 'Fifty shops' }],
  accounts: [],
  variants: [],
  ready: true,
}

describe('a report in words', () => {
  it('says what a saved report counts, by what', () => {
    const daily = ReportDefinitionSchema.parse({
      name: 'Daily',
      rows: 'messages',
      groupBy: ['day', 'account'],
      measures: ['sent', 'replyRate'],
    })
    expect(describeReport(t, daily)).toBe('Messages by day and sending number: Sent, Reply rate')
    expect(describeReport(t, { ...daily, groupBy: [] })).toBe('Messages, in all: Sent, Reply rate')
  })

  it('lists the filters a printed page shows, by name, leaving out what is not set', () => {
    const filtered = ReportDefinitionSchema.parse({
      name: 'Spring',
      rows: 'messages',
      measures: ['sent'],
      filters: { since: '2026-03-01', campaigns: [3, 9], listId: 1, countries: ['GB'], statuses: ['failed'] },
    })
    expect(describeFilters(t, filtered, choices)).toEqual([
      ['Period (UTC days)', 'From 1 Mar 2026'],
      ['Campaigns', 'Spring offer, 9'],
      ['Contact list', 'Fifty shops'],
      ['Statuses', 'Failed'],
      ['Countries', 'United Kingdom'],
    ])
    const open = ReportDefinitionSchema.parse({ name: 'All', rows: 'messages', measures: ['sent'] })
    expect(describeFilters(t, open, choices)).toEqual([
      ['Period (UTC days)', 'All time'],
      ['Campaigns', 'Real campaigns only'],
    ])
  })

  it("says it in the window's language", () => {
    const daily = ReportDefinitionSchema.parse({
      name: 'Daily',
      rows: 'messages',
      groupBy: ['day', 'account'],
      measures: ['sent', 'replyRate'],
    })
    expect(describeReport(translator('ar'), daily)).toBe('الرسائل حسب اليوم ورقم الإرسال: أُرسلت، نسبة الرد')
  })
})
