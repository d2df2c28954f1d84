import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { chartOf } from './chart-data'

const t = translator('en')

describe('the report’s chart', () => {
  it('draws a time group as a line of the first measures of one kind', () => {
    const chart = chartOf(
      t,
      ['day', 'sent', 'delivered', 'replyRate'],
      [
        ['2026-03-01', 10, 8, 0.1],
        ['2026-03-02', 20, 15, 0.2],
      ],
    )
    expect(chart).toMatchObject({
      shape: 'line',
      values: 'count',
      title: 'Sent and Delivered by day',
      series: [
        { key: 's0', name: 'Sent' },
        { key: 's1', name: 'Delivered' },
      ],
      points: [
        { x: '1 Mar', s0: 10, s1: 8 },
        { x: '2 Mar', s0: 20, s1: 15 },
      ],
    })
    expect(chart?.note).toMatch(/the table has every measure/)
  })

  it('draws other groups as bars, and a second group as one series per value, largest first', () => {
    expect(chartOf(t, ['variant', 'replyRate'], [['A', 0.5]])).toMatchObject({ shape: 'bar', values: 'rate' })
    const split = chartOf(
      t,
      ['day', 'variant', 'sent'],
      [
        ['2026-03-01', 'A', 3],
        ['2026-03-01', 'B', 9],
        ['2026-03-02', 'A', 4],
      ],
    )
    expect(split).toMatchObject({
      shape: 'line',
      title: 'Sent by day and variant',
      series: [
        { key: 's0', name: 'B' },
        { key: 's1', name: 'A' },
      ],
      points: [
        { x: '1 Mar', s0: 9, s1: 3 },
        { x: '2 Mar', s1: 4 },
      ],
      note: null,
    })
  })

  it('adds counts up over a third group, but draws no rate of parts, and nothing for no rows', () => {
    const rows = [
      ['2026-03-01', 'A', 'GB', 2],
      ['2026-03-01', 'A', 'FR', 5],
    ]
    expect(chartOf(t, ['day', 'variant', 'country', 'sent'], rows)?.points).toEqual([{ x: '1 Mar', s0: 7 }])
    expect(chartOf(t, ['day', 'variant', 'country', 'replyRate'], rows)).toBeNull()
    expect(chartOf(t, ['day', 'sent'], [])).toBeNull()
  })

  it("names the chart in the window's language", () => {
    const chart = chartOf(translator('es'), ['day', 'variant', 'sent'], [['2026-03-01', 'A', 3]])
    expect(chart?.title).toBe('Enviados por día y variante')
  })
})
