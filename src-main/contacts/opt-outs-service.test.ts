import { describe, expect, it } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import type { TestContext } from '../context.test-support'
import { AppError } from '../errors'
import { withFreshContext } from '../context.test-support'
import { normalizePhone } from '../import/phone'
import type { NormalizePhone } from './opt-outs-service'
import { OptOutsService } from './opt-outs-service'

/** Stands in for the real normaliser: E.164 as typed, or a GB number with its trunk 0. */
const fakeNormalize: NormalizePhone = (raw, country) => {
  const compact = raw.replace(/[\s()-]/g, '')
  const e164 = country === 'GB' && /^0\d+$/.test(compact) ? `+44${compact.slice(1)}` : compact
  return /^\+\d{8,15}$/.test(e164) ? { ok: true, e164 } : { ok: false, reason: 'Too few digits' }
}

let ctx: TestContext
let optOuts: OptOutsService
let clock = new Date()
let seen: unknown[] = []

withFreshContext((fresh) => {
  ctx = fresh
  clock = new Date('2026-03-01T12:00:00Z')
  const { db, events, record } = ctx
  optOuts = new OptOutsService({
    db,
    events,
    record,
    normalize: fakeNormalize,
    defaultCountry: () => 'GB',
    now: () => clock,
  })
  seen = []
  events.subscribe((event, payload) => seen.push([event, payload]))
})

function later(minutes: number): void {
  clock = new Date(clock.getTime() + minutes * 60_000)
}

describe('OptOutsService', () => {
  it('adds a number as E.164, tells every window and records it', () => {
    const added = optOuts.add('07700 900123', { reason: ' Asked by phone ' })
    expect(added).toEqual({
      phone: '+447700900123',
      source: 'manual',
      reason: 'Asked by phone',
      createdAt: '2026-03-01T12:00:00.000Z',
    })
    expect(optOuts.has('+447700900123')).toBe(true)
    expect(optOuts.has('+447700900124')).toBe(false)
    expect(seen).toEqual([['lists:changed', { listId: null }]])
    expect(ctx.appEvents.recent(5).map((e) => e.kind)).toContain('opt_out_added')
  })

  it('keeps the first date, source and reason when a number is added again', () => {
    const first = optOuts.add('+447700900123', { source: 'reply', reason: 'STOP' })
    later(60)
    seen = []
    expect(optOuts.add('07700900123', { reason: 'Again' })).toEqual(first)
    expect(seen).toEqual([])
    expect(optOuts.list({ offset: 0, limit: 10 }).total).toBe(1)
  })

  it('uses the country given for a number without a country code', () => {
    let asked = ''
    const spy = new OptOutsService({
      db: ctx.db,
      events: ctx.events,
      record: (...args) => ctx.record(...args),
      normalize: (raw, country) => {
        asked = country
        return { ok: true, e164: `+1${raw}` }
      },
      defaultCountry: () => 'GB',
    })
    expect(spy.add('2015550123', { country: 'us' }).phone).toBe('+12015550123')
    expect(asked).toBe('US')
  })

  it('refuses a number it cannot read, saying why and what to enter', () => {
    let error: unknown
    try {
      optOuts.add('12345')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('BAD_INPUT')
    expect((error as AppError).message).toBe(
      'Too few digits. Enter the number with its country code, e.g. +44 7700 900123.',
    )
    expect(optOuts.all().size).toBe(0)
  })

  it('lists the newest first, a page at a time, and searches numbers and reasons', () => {
    for (let i = 0; i < 5; i += 1) {
      optOuts.add(`+4477009001${i}0`, { reason: i === 3 ? 'Angry customer' : undefined })
      later(1)
    }
    const page = optOuts.list({ offset: 1, limit: 2 })
    expect(page.total).toBe(5)
    expect(page.rows.map((o) => o.phone)).toEqual(['+447700900130', '+447700900120'])
    expect(optOuts.list({ search: 'angry', offset: 0, limit: 10 }).rows.map((o) => o.phone)).toEqual([
      '+447700900130',
    ])
    expect(optOuts.list({ search: '7700 9001 4', offset: 0, limit: 10 }).total).toBe(1)
    expect(optOuts.list({ search: '_', offset: 0, limit: 10 }).total).toBe(0)
    expect(optOuts.all()).toEqual(new Set(optOuts.list({ offset: 0, limit: 10 }).rows.map((o) => o.phone)))
  })

  it('removes a number given as stored or as typed, and says when it is not there', () => {
    optOuts.add('+447700900123')
    optOuts.add('+447700900124')
    seen = []
    optOuts.remove('+447700900123')
    optOuts.remove('07700 900124')
    expect(optOuts.all().size).toBe(0)
    expect(seen).toEqual([
      ['lists:changed', { listId: null }],
      ['lists:changed', { listId: null }],
    ])
    expect(ctx.appEvents.recent(5).map((e) => e.kind)).toContain('opt_out_removed')
    expect(() => optOuts.remove('+447700900123')).toThrow(/\+447700900123 is not on the opt-out list/)
    expect(() => optOuts.remove('abc')).toThrow(/Enter the number with its country code/)
  })
})

describe('OptOutsService in the window’s language', () => {
  const phraseOf = (act: () => unknown): Phrase | undefined => {
    try {
      act()
    } catch (error) {
      return (error as AppError).phrase
    }
    return undefined
  }

  it('says why a number cannot be added, and that one is not listed', () => {
    const { db, events, record } = ctx
    const real = new OptOutsService({
      db,
      events,
      record,
      normalize: normalizePhone,
      defaultCountry: () => 'GB',
    })
    expect(() => real.add('+34 412 345 678')).toThrow(
      'Not a valid number for Spain (+34). Enter the number with its country code, e.g. +44 7700 900123.',
    )
    const refused = phraseOf(() => real.add('12345'))
    expect(refused && sayIn('es', refused)).toBe(
      'Demasiado corto para ser un número de teléfono. Escribe el número con su código de país, por ejemplo +44 7700 900123.',
    )
    const notListed = phraseOf(() => real.remove('+447911123456'))
    expect(notListed && sayIn('fr', notListed)).toBe(
      '+447911123456 n’est pas dans la liste des désinscriptions, il n’y a donc rien à retirer.',
    )
  })

  it('keeps the phrase of a reason Herald words itself, and none for the user’s own', () => {
    const replied = phrase('importing.optOut.replied', { text: 'STOP' })
    optOuts.add('+447700900123', {
      source: 'reply',
      reason: 'Replied “STOP” to a campaign',
      reasonPhrase: replied,
    })
    optOuts.add('+447700900124', { reason: 'Asked by phone' })
    const [typed, reply] = optOuts.list({ offset: 0, limit: 10 }).rows
    expect(reply).toMatchObject({ reason: 'Replied “STOP” to a campaign', reasonPhrase: replied })
    expect(reply?.reasonPhrase && sayIn('es', reply.reasonPhrase)).toBe('Respondió “STOP” a una campaña')
    expect(typed).toEqual({
      phone: '+447700900124',
      source: 'manual',
      reason: 'Asked by phone',
      createdAt: '2026-03-01T12:00:00.000Z',
    })
  })
})
