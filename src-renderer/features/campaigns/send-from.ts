import type { CampaignInput } from '../../../src-shared/domain/campaigns'
import type { Translate } from '../../i18n/use-t'

/** The numbers ticked under "Send from" and the weight typed for each (by account id). */
export type NumbersChoice = { chosen: number[]; weights: Record<number, string> }

/** The weights the form offers: enough to say "twice as many", few enough to stay simple. */
export const maxNumberWeight = 10

const firstNumber = 1

/** The numbers the campaign goes out from: those ticked that still exist, or the first number when untouched. */
export function chosenNumbers(choice: NumbersChoice | null, available: readonly number[]): number[] {
  if (!choice) return available.includes(firstNumber) ? [firstNumber] : available.slice(0, 1)
  return choice.chosen.filter((id) => available.includes(id))
}

/** A weight as typed: a whole number from 1 to 10, or null. */
export function weightOf(choice: NumbersChoice | null, id: number): number | null {
  const text = (choice?.weights[id] ?? '1').trim()
  const weight = Number(text)
  return /^\d+$/.test(text) && weight >= 1 && weight <= maxNumberWeight ? weight : null
}

export function sendFromError(
  t: Translate,
  choice: NumbersChoice | null,
  sendFrom: readonly number[],
): string | null {
  if (sendFrom.length === 0) return t('campaigns.sendFrom.error.none')
  if (sendFrom.length > 1 && sendFrom.some((id) => weightOf(choice, id) === null))
    return t('campaigns.sendFrom.error.weight', { max: maxNumberWeight })
  return null
}

/** What the campaign is created with: nothing for the first number alone, as before there were several. */
export function accountsInput(
  choice: NumbersChoice | null,
  sendFrom: readonly number[] | undefined,
): CampaignInput['accounts'] {
  if (!sendFrom || (sendFrom.length === 1 && sendFrom[0] === firstNumber)) return undefined
  if (sendFrom.length === 1) return [{ id: sendFrom[0]! }]
  return sendFrom.map((id) => ({ id, weight: weightOf(choice, id) ?? 1 }))
}

/**
 * About how many contacts each chosen number gets, by weight (the main process deals them in turn, so the
 * real shares differ by one at most). Null for a number with a weight that is not one yet.
 */
export function shareSizes(
  choice: NumbersChoice | null,
  sendFrom: readonly number[],
  contacts: number,
): Record<number, number | null> {
  const weights = sendFrom.map((id) => weightOf(choice, id))
  const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0)
  return Object.fromEntries(
    sendFrom.map((id, i) => {
      const w = weights[i] ?? null
      return [id, w === null || total === 0 ? null : Math.round((contacts * w) / total)]
    }),
  )
}
