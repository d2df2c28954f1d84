import { describe, expect, it } from 'vitest'
import { ReportDefinitionSchema } from '../../../src-shared/domain/report-definitions'
import { translator } from '../../i18n/translate.test-support'
import { formatCell } from './cells'
import {
  checkDraft,
  definitionOf,
  draftOf,
  nameMissing,
  periodBackwards,
  newDraft,
  sameReport,
  withGroup,
  withMeasure,
} from './draft'

const t = translator('en')

const daily = ReportDefinitionSchema.parse({
  name: 'Daily by variant',
  rows: 'messages',
  groupBy: ['day', 'variant'],
  measures: ['sent', 'delivered', 'replyRate'],
  filters: { since: '2026-01-01', campaigns: [3], dryRuns: 'all' },
})

describe('the report builder’s draft', () => {
  it('stands for the definition it was opened from, leaving out what it leaves open', () => {
    expect(definitionOf(draftOf(daily))).toEqual({
      name: 'Daily by variant',
      rows: 'messages',
      groupBy: ['day', 'variant'],
      measures: ['sent', 'delivered', 'replyRate'],
      filters: { since: '2026-01-01', campaigns: [3], dryRuns: 'all' },
    })
    expect(sameReport(draftOf(daily), { ...draftOf(daily), name: ' Daily by variant ' })).toBe(true)
    expect(sameReport(draftOf(daily), { ...draftOf(daily), variants: ['A'] })).toBe(false)
  })

  it('keeps measures in the listed order and groups without repeats, taking a group away moves the rest up', () => {
    const draft = withMeasure(withMeasure(newDraft(), 'replyRate', true), 'messages', false)
    expect(draft.measures).toEqual(['sent', 'replyRate'])
    const grouped = withGroup(withGroup(draftOf(daily), 2, 'country'), 0, null)
    expect(grouped.groupBy).toEqual(['variant', 'country'])
    expect(withGroup(draftOf(daily), 1, 'day').groupBy).toEqual(['day'])
  })

  it('says what is wrong next to the field, and previews a report not named yet', () => {
    const draft = { ...newDraft(), since: '2026-03-10', until: '2026-03-01', measures: [] }
    const { definition, errors } = checkDraft(t, draft)
    expect(definition).toBeNull()
    expect(errors).toEqual({
      measures: 'Choose at least one measure.',
      until: periodBackwards(t),
    })
    expect(checkDraft(t, newDraft()).definition?.name).toBe('Report')
    expect(nameMissing(t)).toMatch(/name/)
  })
})

describe('the report’s cells', () => {
  it('read as the Dashboard says them: days, hours, weekdays, countries, errors, shares and counts', () => {
    expect(formatCell(t, 'day', '2026-03-02')).toBe('2 Mar 2026')
    expect(formatCell(t, 'day', '2026-03-02', true)).toBe('2 Mar')
    expect(formatCell(t, 'month', '2026-03')).toBe('Mar 2026')
    expect(formatCell(t, 'hour', 9)).toBe('09:00')
    expect(formatCell(t, 'weekday', 0)).toBe('Sunday')
    expect(formatCell(t, 'country', 'GB')).toBe('United Kingdom')
    expect(formatCell(t, 'errorCategory', null)).toBe('No error')
    expect(formatCell(t, 'errorCategory', 'not_on_whatsapp')).toBe('Not on WhatsApp')
    expect(formatCell(t, 'variant', null)).toBe('—')
    expect(formatCell(t, 'replyRate', 0.125)).toBe('13%')
    expect(formatCell(t, 'replyRate', null)).toBe('—')
    expect(formatCell(t, 'sent', 12345)).toBe('12,345')
    expect(formatCell(t, 'medianReplySeconds', 125)).toBe('2 min')
  })

  it("read in the window's language", () => {
    expect(formatCell(translator('es'), 'weekday', 0)).toBe('domingo')
    expect(formatCell(translator('fr'), 'errorCategory', null)).toBe('Aucune erreur')
  })
})
