import type { MessageLogRow } from '../../src-shared/domain/history'
import type { Say, Translate } from '../i18n/use-t'

/** Why a message failed or was skipped, as a table cell says it: the kind, the detail, and a tooltip. */
export type ProblemWords = { label: string; detail: string | null; title: string }

/**
 * Why a message failed or was skipped, in the window's language: the kind of problem, the detail (Herald's
 * words from their phrase; WhatsApp Web's, and those of messages recorded before phrases, as they are), and
 * as the tooltip the detail, or what to do when there is none. Null for a message without a problem.
 */
export function problemWords(
  t: Translate,
  say: Say,
  m: Pick<MessageLogRow, 'category' | 'detail' | 'errorDetailPhrase'>,
): ProblemWords | null {
  if (!m.category) return null
  const detail = m.detail ? say(m.errorDetailPhrase, m.detail) : null
  return {
    label: t(`campaigns.errorCategory.${m.category}.title`),
    detail,
    title: detail ?? t(`campaigns.errorCategory.${m.category}.advice`),
  }
}
