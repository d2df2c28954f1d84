import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { accountLines } from './account-lines'
import type { AccountState } from './account-lines'

const live = (extra: Partial<AccountState>): AccountState => ({ status: 'running', ...extra })

const t = translator('en')

describe('the account lines of the live view', () => {
  it('names the campaigns sharing the budget while running, and the warm-up day', () => {
    expect(
      accountLines(t, live({ sharing: ['Spring offer'], warmUp: { day: 3, hourlyCap: 40, dailyCap: 200 } })),
    ).toEqual([
      'Sharing the sending budget with “Spring offer”: together they keep to one pace, so each goes slower.',
      'Warming up a new number: day 3 of 10, at most 40 an hour and 200 a day.',
    ])
  })

  it('says nothing about sharing once paused or finished, nor of a warm-up that is over', () => {
    expect(accountLines(t, live({ status: 'paused', sharing: ['Spring offer'], warmUp: null }))).toEqual([])
    expect(
      accountLines(t, live({ status: 'completed', warmUp: { day: 2, hourlyCap: 20, dailyCap: 50 } })),
    ).toEqual([])
  })
})
