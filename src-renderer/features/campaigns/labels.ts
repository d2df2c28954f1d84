import { plural } from '../../lib/format'

/** "12 contacts got a message in the last 7 days and will be left out."; empty when nobody is. */
export function leftOutSentence(recentlyContacted: number, days: number): string {
  if (recentlyContacted === 0 || days === 0) return ''
  const who = plural(recentlyContacted, 'contact', 'contacts')
  return `${who} got a message in the last ${days === 1 ? 'day' : `${days} days`} and will be left out.`
}
