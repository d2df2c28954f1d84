import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../src-shared/domain/contacts'
import { openingProgress } from './opening-progress'

const herald = (phase: ImportProgress['phase'], percent: number): ImportProgress => ({
  sessionId: 's1',
  phase,
  percent,
  message: '',
})

describe('openingProgress', () => {
  it('never runs back when Herald starts parsing a file the page has read', () => {
    const steps = [
      openingProgress(0, null),
      openingProgress(50, null),
      openingProgress(100, null),
      openingProgress(100, herald('reading', 5)),
      openingProgress(100, herald('parsing', 10)),
      openingProgress(100, herald('done', 100)),
    ].map((shown) => shown.percent)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(steps.at(-1)).toBe(100)
  })

  it('gives Herald the whole bar for the sample, which the page does not read', () => {
    expect(openingProgress(null, herald('parsing', 10))).toMatchObject({ phase: 'parsing', percent: 10 })
    expect(openingProgress(null, null).percent).toBe(0)
  })
})
