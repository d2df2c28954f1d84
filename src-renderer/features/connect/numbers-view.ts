import { maxAccountName } from '../../../src-shared/domain/accounts'
import type { AccountView } from '../../../src-shared/domain/accounts'
import type { Translate } from '../../i18n/use-t'

/** How many days the warm-up of a new number lasts (the send budget's schedule). */
const warmUpDays = 10

type Usage = Pick<AccountView, 'phone' | 'sentToday' | 'dailyCap' | 'warmUpDay' | 'sending'>

/**
 * Today's use of a number's send budget: "12 of 50 sent today · warm-up day 3 of 10". Nothing for a number
 * WhatsApp never linked and that sent nothing: there is no budget to speak of yet.
 */
export function usageLine(t: Translate, number: Usage): string | null {
  if (!number.phone && number.sentToday === 0) return null
  const sent =
    number.dailyCap === null
      ? t('connect.usage.sentToday', { sent: number.sentToday })
      : t('connect.usage.sentOfCap', { sent: number.sentToday, cap: number.dailyCap })
  const parts = [sent]
  if (number.warmUpDay !== null)
    parts.push(t('connect.usage.warmUp', { day: number.warmUpDay, days: warmUpDays }))
  if (number.sending) parts.push(t('connect.usage.sending'))
  return parts.join(' · ')
}

/**
 * What is wrong with a name typed for a number, or null: the shared rules, and no other number of this
 * workspace may have it (in any case). `self` is the number being renamed.
 */
export function numberNameError(
  t: Translate,
  name: string,
  numbers: readonly Pick<AccountView, 'id' | 'name'>[],
  self?: number,
): string | null {
  // The shared rules (AccountNameSchema), in the window's language
  const trimmed = name.trim()
  if (trimmed === '') return t('connect.numberName.empty')
  if (trimmed.length > maxAccountName) return t('connect.numberName.tooLong', { max: maxAccountName })
  const taken = numbers.find((n) => n.id !== self && n.name.toLowerCase() === trimmed.toLowerCase())
  return taken ? t('connect.numberName.taken', { name: taken.name }) : null
}
