import { describe, expect, it } from 'vitest'
import { dryRunReplyRate } from './services'

describe('dryRunReplyRate (HERALD_DRY_RUN_REPLY_RATE)', () => {
  it('takes a share from 0 to 1', () => {
    expect(dryRunReplyRate('1')).toBe(1)
    expect(dryRunReplyRate('0.25')).toBe(0.25)
    expect(dryRunReplyRate('0')).toBe(0)
  })

  it.each([undefined, '', ' ', 'often', '-0.1', '1.5', 'NaN'])('keeps the default for %j', (text) => {
    expect(dryRunReplyRate(text)).toBeUndefined()
  })
})
