import { describe, expect, it } from 'vitest'
import { english } from '../../src-shared/i18n/wording'
import { describeCountry, normalizePhone } from './phone'
import { refusalPhrase } from './phone-refusals'

const valid: [raw: string, country: string, e164: string, repaired: boolean][] = [
  ['+44 7911 123456', 'GB', '+447911123456', false],
  ['07911 123456', 'GB', '+447911123456', true],
  ['07911-123-456', 'GB', '+447911123456', true],
  ['(07911) 123456', 'GB', '+447911123456', true],
  ['7911123456', 'GB', '+447911123456', true],
  ['447911123456', 'GB', '+447911123456', true],
  ['447911123456.0', 'GB', '+447911123456', true],
  ['00447911123456', 'GB', '+447911123456', true],
  ['+44 (0)20 7946 0018', 'GB', '+442079460018', true],
  ['tel:+44-20-7946-0018', 'GB', '+442079460018', false],
  ['+44\u00a020\u00a07946\u00a00018', 'GB', '+442079460018', false],
  ['020 7946 0018 ext. 12', 'GB', '+442079460018', true],
  ['+442079460018;ext=12', 'GB', '+442079460018', true],
  ['https://wa.me/447911123456', 'GB', '+447911123456', true],
  ['07911 123456 / 07911 123457', 'GB', '+447911123456', true],
  ['(201) 555-0123', 'US', '+12015550123', true],
  ['201.555.0123 x12', 'US', '+12015550123', true],
  ['1-201-555-0123', 'US', '+12015550123', true],
  ['011 44 20 7946 0018', 'US', '+442079460018', true],
  ['+1 201 555 0123 #4', 'US', '+12015550123', true],
  ['11 91234-5678', 'BR', '+5511912345678', true],
  ['(11) 8765-4321', 'BR', '+5511987654321', true],
  ['+55 21 98765-4321', 'BR', '+5521987654321', false],
  ['55 1234 5678', 'MX', '+525512345678', true],
  ['+52 1 55 1234 5678', 'MX', '+525512345678', true],
  ['044 55 1234 5678', 'MX', '+525512345678', true],
  ['612 34 56 78', 'ES', '+34612345678', true],
  ['+34 912 345 678', 'ES', '+34912345678', false],
  ['0151 23456789', 'DE', '+4915123456789', true],
  ['030/123456', 'DE', '+4930123456', true],
  ['+49 (0)30 123456', 'DE', '+4930123456', true],
  ['98765 43210', 'IN', '+919876543210', true],
  ['+91-98765-43210', 'IN', '+919876543210', false],
  ['011 15-2345-6789', 'AR', '+5491123456789', true],
  ['+54 9 11 2345-6789', 'AR', '+5491123456789', false],
  ['\uff10\uff17\uff19\uff11\uff11 123456', 'GB', '+447911123456', true],
  // A foreign number in a British list, with and without its +
  ['+34 612 345 678', 'GB', '+34612345678', false],
  ['34612345678', 'GB', '+34612345678', true],
]

const invalid: [raw: string, country: string, reason: string][] = [
  ['', 'GB', 'No phone number'],
  ['   ', 'GB', 'No phone number'],
  ['-', 'GB', 'No phone number'],
  ['n/a', 'GB', 'Not a phone number'],
  ['call Jo', 'GB', 'Not a phone number'],
  ['1-800-FLOWERS', 'US', 'Not a phone number'],
  ['07911 12345*', 'GB', 'Not a phone number'],
  [
    '4.47E+11',
    'GB',
    'Excel shortened this number (4.47E+11); format the column as Text and type the full number again',
  ],
  ['12345', 'GB', 'Too short to be a phone number'],
  ['079111234567890123', 'GB', 'Too long to be a phone number'],
  ['04000 000000', 'GB', 'Not a valid number for United Kingdom (+44)'],
  ['612 345 678', 'GB', 'Not a valid number for United Kingdom (+44)'],
  ['+999 1234 5678', 'GB', "Invalid country code: no country's numbers start with +999"],
  ['0099912345678', 'GB', "Invalid country code: no country's numbers start with +999"],
  ['+34 412 345 678', 'GB', 'Not a valid number for Spain (+34)'],
  ['11 1234-5678', 'BR', 'Not a valid number for Brazil (+55)'],
]

describe('normalizePhone', () => {
  it.each(valid)('%j in %s → %s', (raw, country, e164, repaired) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, e164, repaired })
  })

  it.each(invalid)('%j in %s is refused: %s', (raw, country, reason) => {
    const result = normalizePhone(raw, country)
    expect(result).toEqual({
      ok: false,
      reason,
      refusal: expect.objectContaining({ kind: expect.any(String) }),
    })
    // The phrase the window words in its language says the same in English
    if (!result.ok) expect(english(refusalPhrase(result.refusal))).toBe(reason)
  })

  it('still reads international numbers when the country is unknown', () => {
    expect(normalizePhone('+44 7911 123456', 'XX')).toEqual({
      ok: true,
      e164: '+447911123456',
      repaired: false,
    })
    expect(normalizePhone('07911 123456', 'XX').ok).toBe(false)
  })
})

describe('describeCountry', () => {
  it('names the country and its calling code', () => {
    expect(describeCountry('MX')).toBe('Mexico (+52)')
  })
})
