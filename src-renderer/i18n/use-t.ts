import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { PrimitiveType } from 'react-intl'
import type { Phrase } from '../../src-shared/i18n/phrase'

export type MessageValues = Record<string, PrimitiveType>
export type Translate = (key: string, values?: MessageValues) => string

/**
 * Herald's words in the window's language: `t('shell.nav.connect')`, or with values
 * `t('shell.version', { version })` for an ICU message such as "Version {version}" (plurals too:
 * "{count, plural, one {# message} other {# messages}}").
 */
export function useT(): Translate {
  const intl = useIntl()
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl])
}

/** Words a phrase of the main process: `say(problem.messagePhrase, problem.message)`; English as it came when
 * the window does not know the key. */
export type Say = (said: Phrase | null | undefined, english: string) => string

export function useSay(): Say {
  const intl = useIntl()
  return useCallback(
    (said, english) =>
      said && said.key in intl.messages ? intl.formatMessage({ id: said.key }, said.params) : english,
    [intl],
  )
}
