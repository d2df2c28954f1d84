import { AccountNameSchema } from '../../../src-shared/domain/accounts'
import type { AccountView } from '../../../src-shared/domain/accounts'
import { formatCount } from '../../lib/format'

/** How many days the warm-up of a new number lasts (the send budget's schedule). */
const warmUpDays = 10

type Usage = Pick<AccountView, 'phone' | 'sentToday' | 'dailyCap' | 'warmUpDay' | 'sending'>

/**
 * Today's use of a number's send budget: "12 of 50 sent today · warm-up day 3 of 10". Nothing for a number
 * WhatsApp never linked and that sent nothing: there is no budget to speak of yet.
 */
export function usageLine(number: Usage): string | null {
  if (!number.phone && number.sentToday === 0) return null
  const sent =
    number.dailyCap === null
      ? `${formatCount(number.sentToday)} sent today`
      : `${formatCount(number.sentToday)} of ${formatCount(number.dailyCap)} sent today`
  const parts = [sent]
  if (number.warmUpDay !== null) parts.push(`warm-up day ${number.warmUpDay} of ${warmUpDays}`)
  if (number.sending) parts.push('sending a campaign now')
  return parts.join(' · ')
}

/**
 * What is wrong with a name typed for a number, or null: the shared rules, and no other number of this
 * workspace may have it (in any case). `self` is the number being renamed.
 */
export function numberNameError(
  name: string,
  numbers: readonly Pick<AccountView, 'id' | 'name'>[],
  self?: number,
): string | null {
  const parsed = AccountNameSchema.safeParse(name)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the name.'
  const taken = numbers.find((n) => n.id !== self && n.name.toLowerCase() === parsed.data.toLowerCase())
  return taken ? `A number named “${taken.name}” already exists. Choose another name.` : null
}
