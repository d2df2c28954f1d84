import { describe, expect, it } from 'vitest'
import type { ContactList } from '../../../src-shared/domain/contacts'
import type { Template } from '../../../src-shared/domain/campaigns'
import { translator } from '../../i18n/translate.test-support'
import { leftOutSentence } from './labels'
import {
  conditionFor,
  defaultList,
  inputFor,
  listFields,
  recentDays,
  recentFor,
  validate,
} from './use-campaign-form'
import type { CampaignForm } from './use-campaign-form'

const form: CampaignForm = {
  name: '',
  listId: 1,
  templateId: 2,
  ruleKind: 'split',
  weights: {},
  condition: null,
  pace: 'safe',
  dryRun: false,
  startMode: 'now',
  startAt: '',
  recent: null,
  numbers: null,
}

const list = { id: 1, name: 'Shops', counts: { valid: 10 } } as ContactList
const template = { id: 2, name: 'Offer', variants: [{ name: 'A', body: 'Hi' }] } as Template
const context = { list, template, rule: { kind: 'single' } as const, pace: 'safe' as const, now: 0 }

const t = translator('en')

describe('the frequency cap on the New campaign form', () => {
  it('starts from Settings: on with its days, or off with a week to offer when Settings say 0', () => {
    expect(recentFor(form, 14)).toEqual({ on: true, days: '14' })
    expect(recentFor(form, 0)).toEqual({ on: false, days: '7' })
    expect(recentFor({ ...form, recent: { on: false, days: '3' } }, 14)).toEqual({ on: false, days: '3' })
  })

  it('sends the days typed, 0 when unticked, and nothing while the number is not one', () => {
    expect(recentDays({ on: true, days: ' 30 ' })).toBe(30)
    expect(recentDays({ on: false, days: 'x' })).toBe(0)
    for (const days of ['', '0', '1.5', '-2', '366', 'abc']) expect(recentDays({ on: true, days })).toBeNull()
    const recent = { on: true, days: '7' }
    expect(inputFor(form, { ...context, recent }, 'Offer to Shops').skipRecentDays).toBe(7)
    expect(inputFor(form, { ...context, recent: { on: false, days: '7' } }, 'x').skipRecentDays).toBe(0)
  })

  it('asks for a number of days only when the box is ticked', () => {
    expect(validate(t, form, { ...context, recent: { on: true, days: '' } }).recent).toMatch(/from 1 to 365/)
    expect(validate(t, form, { ...context, recent: { on: false, days: '' } }).recent).toBeUndefined()
    expect(validate(t, form, { ...context, recent: { on: true, days: '7' } })).toEqual({})
  })

  it('words how many the estimate leaves out', () => {
    expect(leftOutSentence(t, 12, 7)).toBe(
      '12 contacts got a message in the last 7 days and will be left out.',
    )
    expect(leftOutSentence(t, 1, 1)).toBe('1 contact got a message in the last day and will be left out.')
    expect(leftOutSentence(t, 0, 7)).toBe('')
    // Each language says it with its own plurals: Arabic has a form for two
    expect(leftOutSentence(translator('es'), 1, 7)).toBe(
      '1 contacto recibió un mensaje en los últimos 7 días y quedará fuera.',
    )
    expect(leftOutSentence(translator('ar'), 2, 2)).toBe(
      'جهتا اتصال وصلتها رسالة خلال اليومين الأخيرين وستُستبعد.',
    )
  })
})

describe('what New campaign offers first', () => {
  const imported = (id: number, fieldKeys: string[] = []): ContactList =>
    ({ id, name: `List ${id}`, sheet: 'Sheet1', fieldKeys, counts: { valid: 10 } }) as ContactList
  const retried = (id: number): ContactList => ({ ...imported(id), sheet: '' })
  const variants = [
    { name: 'A', body: 'Hi' },
    { name: 'B', body: 'Hello' },
  ]

  it('the newest imported list, not the list a retry made for itself', () => {
    expect(defaultList([retried(3), imported(2), imported(1)])?.id).toBe(2)
    expect(defaultList([retried(3)])?.id).toBe(3)
    expect(defaultList([])).toBeNull()
  })

  it('a field the list has for "Choose by a field", website only when the list has one', () => {
    const field = (list: ContactList): string =>
      conditionFor({ ...form, ruleKind: 'condition' }, variants, listFields(list)).field
    expect(field(imported(1, ['city', 'owner']))).toBe('city')
    expect(field(imported(1, ['city', 'website']))).toBe('website')
    expect(field(imported(1))).toBe('name')
  })
})

describe('the numbers a campaign goes out from', () => {
  const recent = { on: false, days: '7' }

  it('checks "Send from" only where the form offers it, and sends the choice with the campaign', () => {
    expect(validate(t, form, { ...context, recent })).toEqual({})
    expect(validate(t, form, { ...context, recent, sendFrom: [] }).numbers).toBe(
      'Choose at least one number to send from.',
    )
    const numbers = { chosen: [1, 2], weights: { 2: '3' } }
    const input = inputFor({ ...form, numbers }, { ...context, recent, sendFrom: [1, 2] }, 'x')
    expect(input.accounts).toEqual([
      { id: 1, weight: 1 },
      { id: 2, weight: 3 },
    ])
    expect(inputFor(form, { ...context, recent, sendFrom: [1] }, 'x').accounts).toBeUndefined()
  })
})
