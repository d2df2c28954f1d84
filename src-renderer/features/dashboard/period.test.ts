import { describe, expect, it } from 'vitest'
import { customPeriodError, periodQuery, scopeWords } from './period'
import { translator } from '../../i18n/translate.test-support'

const t = translator('en')

describe('periods', () => {
  const now = new Date('2026-03-10T21:30:00Z')

  it('counts today and the days before it, open-ended', () => {
    expect(periodQuery({ kind: '7', since: '', until: '' }, null, now)).toEqual({ since: '2026-03-04' })
    expect(periodQuery({ kind: '30', since: '', until: '' }, 4, now)).toEqual({
      since: '2026-02-09',
      campaignId: 4,
    })
    expect(periodQuery({ kind: 'all', since: 'x', until: '' }, null, now)).toEqual({})
  })

  it('asks for a custom period only when it makes sense', () => {
    const custom = (since: string, until: string) => ({ kind: 'custom' as const, since, until })
    expect(periodQuery(custom('2026-03-05', '2026-03-01'), null, now)).toBeNull()
    expect(customPeriodError(t, '2026-03-05', '2026-03-01')).toBe('The start date comes after the end date.')
    expect(customPeriodError(t, '', '')).toMatch(/Choose a start date/)
    expect(periodQuery(custom('2026-03-01', ''), null, now)).toEqual({ since: '2026-03-01' })
    expect(periodQuery(custom('2026-03-01', '2026-03-01'), 2, now)).toEqual({
      campaignId: 2,
      since: '2026-03-01',
      until: '2026-03-01',
    })
  })
})

describe('the headline names what the filters chose', () => {
  const day = (d: string): string => `<${d}>`
  it('says the period, a custom range and the campaign', () => {
    expect(scopeWords(t, { kind: '7', since: '', until: '' }, null, day)).toBe('Last 7 days')
    expect(scopeWords(t, { kind: 'all', since: '', until: '' }, 'Spring', day)).toBe('Spring, all time')
    expect(scopeWords(t, { kind: 'custom', since: '2026-03-01', until: '2026-03-05' }, null, day)).toBe(
      '<2026-03-01> to <2026-03-05>',
    )
    expect(scopeWords(t, { kind: 'custom', since: '', until: '2026-03-05' }, 'Spring', day)).toBe(
      'Spring, until <2026-03-05>',
    )
  })

  it('speaks the language of the window', () => {
    const es = translator('es')
    expect(scopeWords(es, { kind: '7', since: '', until: '' }, 'Spring', day)).toBe('Spring, últimos 7 días')
    expect(scopeWords(es, { kind: 'custom', since: '2026-03-01', until: '' }, null, day)).toBe(
      'Desde <2026-03-01>',
    )
  })
})
