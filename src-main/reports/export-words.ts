import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../src-shared/domain/campaigns'
import { campaignStatuses, errorCategories, messageStatuses } from '../../src-shared/domain/campaigns'
import type { ConversationStatus } from '../../src-shared/domain/inbox'
import { conversationStatuses } from '../../src-shared/domain/inbox'
import type { Locale } from '../../src-shared/i18n/locales'
import type { PhraseParams } from '../../src-shared/i18n/phrase'
import { wordIn } from '../../src-shared/i18n/wording'
import type { Column } from './report'

/**
 * The words of a CSV or Excel export in the language chosen for it (src-shared/i18n/messages/<locale>/
 * exports.json): `say('exports.column.phone')`. JSON keeps its keys and codes in English, for programs.
 */
export type Say = (key: string, params?: PhraseParams) => string

/** An export's words in `locale`; English when none was chosen (the command line's). */
export const sayingIn =
  (locale: Locale = 'en'): Say =>
  (key, params) =>
    wordIn(locale, key, params)

type Words = NonNullable<Column['words']>

const wordsOf = <C extends string>(codes: readonly C[], say: Say, area: string): Record<C, string> =>
  Object.fromEntries(codes.map((code) => [code, say(`exports.${area}.${code}`)])) as Record<C, string>

/** Yes and No for a true/false column (a dry run). */
export const yesNo = (say: Say): Words => ({
  true: say('exports.value.yes'),
  false: say('exports.value.no'),
})

export const campaignStatusWords = (say: Say): Record<CampaignStatus, string> =>
  wordsOf(campaignStatuses, say, 'campaignStatus')

export const messageStatusWords = (say: Say): Record<MessageStatus, string> =>
  wordsOf(messageStatuses, say, 'messageStatus')

export const conversationStatusWords = (say: Say): Record<ConversationStatus, string> =>
  wordsOf(conversationStatuses, say, 'conversationStatus')

/** What each kind of failure is called, as on the screens. */
export const categoryWords = (say: Say): Record<ErrorCategory, string> =>
  wordsOf(errorCategories, say, 'errorCategory')

/** What to do about each kind of failure. */
export const categoryAdvice = (say: Say): Record<ErrorCategory, string> =>
  wordsOf(errorCategories, say, 'errorAdvice')

/**
 * A custom report's column heading: in English the name the definition gives it ("deliveryRate", which
 * programs reading the file rely on), in other languages the report builder's words for it.
 */
export const customHeading = (say: Say, column: string): string => {
  const key = `exports.customColumn.${column}`
  const heading = say(key)
  return heading === key ? column : heading
}
