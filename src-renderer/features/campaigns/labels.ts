import type { Translate } from '../../i18n/use-t'

/** "12 contacts got a message in the last 7 days and will be left out."; empty when nobody is. */
export function leftOutSentence(t: Translate, recentlyContacted: number, days: number): string {
  if (recentlyContacted === 0 || days === 0) return ''
  return t('campaigns.estimate.leftOut', { count: recentlyContacted, days })
}
