import { describe, expect, it } from 'vitest'
import { monthSplit } from './report-months'

const at = (day: string): string => `${day}T00:00:00.000Z`

describe('monthSplit', () => {
  it('reads every month when the period is open, and whole months without edges', () => {
    expect(monthSplit({ dryRuns: 'live' })).toEqual({ edges: [] })
    expect(monthSplit({ since: '2026-02-01', until: '2026-04-30', dryRuns: 'live' })).toEqual({
      months: { from: '2026-02', to: '2026-05' },
      edges: [],
    })
    expect(monthSplit({ until: '2026-02-28', dryRuns: 'all' })).toEqual({
      months: { from: '', to: '2026-03' },
      edges: [],
    })
  })

  it('leaves the days before the first whole month and after the last to the messages', () => {
    expect(monthSplit({ since: '2025-12-10', until: '2026-03-01', dryRuns: 'all' })).toEqual({
      months: { from: '2026-01', to: '2026-03' },
      edges: [
        { from: at('2025-12-10'), to: at('2026-01-01') },
        { from: at('2026-03-01'), to: at('2026-03-02') },
      ],
    })
    expect(monthSplit({ since: '2026-11-30', dryRuns: 'dry' })).toEqual({
      months: { from: '2026-12', to: '\uffff' },
      edges: [{ from: at('2026-11-30'), to: at('2026-12-01') }],
    })
    // A leap day ends February
    expect(monthSplit({ since: '2028-01-01', until: '2028-02-29', dryRuns: 'all' })?.edges).toEqual([])
  })

  it('has nothing for a rollup by month when no whole month is in the period', () => {
    expect(monthSplit({ since: '2026-03-02', until: '2026-03-30', dryRuns: 'all' })).toBeUndefined()
    expect(monthSplit({ since: '2026-02-10', until: '2026-03-20', dryRuns: 'all' })).toBeUndefined()
  })
})
