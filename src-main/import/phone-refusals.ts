import type { Phrase } from '../../src-shared/i18n/phrase'
import { phrase } from '../../src-shared/i18n/phrase'
import type { PhoneRefusal } from './phone'

// Kept apart from phone.ts, which the phone helper thread loads alone: it stays free of the catalogues.

/** Why an imported row's number cannot be used, for the row's reason. */
export function refusalPhrase(refusal: PhoneRefusal): Phrase {
  switch (refusal.kind) {
    case 'empty':
      return phrase('importing.phone.empty')
    case 'notANumber':
      return phrase('importing.phone.notANumber')
    case 'noCountryCode':
      return phrase('importing.phone.noCountryCode')
    case 'tooShort':
      return phrase('importing.phone.tooShort')
    case 'tooLong':
      return phrase('importing.phone.tooLong')
    case 'excelShortened':
      return phrase('importing.phone.excelShortened', refusal.params)
    case 'badCountryCode':
      return phrase('importing.phone.badCountryCode', refusal.params)
    case 'invalidForCode':
      return phrase('importing.phone.invalidForCode', refusal.params)
    case 'invalidForCountry':
      return phrase('importing.phone.invalidForCountry', refusal.params)
  }
}

/** The same reason when a number typed for the opt-out list is refused, with what to enter instead. */
export function optOutRefusalPhrase(refusal: PhoneRefusal): Phrase {
  switch (refusal.kind) {
    case 'empty':
      return phrase('importing.optOut.empty')
    case 'notANumber':
      return phrase('importing.optOut.notANumber')
    case 'noCountryCode':
      return phrase('importing.optOut.noCountryCode')
    case 'tooShort':
      return phrase('importing.optOut.tooShort')
    case 'tooLong':
      return phrase('importing.optOut.tooLong')
    case 'excelShortened':
      return phrase('importing.optOut.excelShortened', refusal.params)
    case 'badCountryCode':
      return phrase('importing.optOut.badCountryCode', refusal.params)
    case 'invalidForCode':
      return phrase('importing.optOut.invalidForCode', refusal.params)
    case 'invalidForCountry':
      return phrase('importing.optOut.invalidForCountry', refusal.params)
  }
}
