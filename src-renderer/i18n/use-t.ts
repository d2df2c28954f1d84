import { useCallback, useMemo } from 'react'
import { useIntl } from 'react-intl'
import type { PrimitiveType } from 'react-intl'
import { flatParams, sayKnown } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'

/** A message's values; a phrase among them (one the main process nested, a size) is worded first. */
export type MessageValues = Record<string, PrimitiveType | Phrase>
export type Translate = (key: string, values?: MessageValues) => string

type Formatter = { formatMessage(descriptor: { id: string }, values?: Record<string, PrimitiveType>): string }

/** The `t` of `intl`: a message with its values, the phrases among them worded by the same `intl`. */
export function translateWith(intl: Formatter): Translate {
  const word = (key: string, values?: MessageValues): string =>
    intl.formatMessage(
      { id: key },
      flatParams(values, (inner) => word(inner.key, inner.params)),
    )
  return word
}

/**
 * Herald's words in the window's language: `t('shell.nav.connect')`, or with values
 * `t('shell.version', { version })` for an ICU message such as "Version {version}" (plurals too:
 * "{count, plural, one {# message} other {# messages}}").
 */
export function useT(): Translate {
  const intl = useIntl()
  return useMemo(() => translateWith(intl), [intl])
}

/**
 * Words a phrase of the main process, with the phrases inside it: `say(problem.messagePhrase, problem.message)`;
 * English as it came when the window does not know one of its keys.
 */
export type Say = (said: Phrase | null | undefined, english: string) => string

export function useSay(): Say {
  const intl = useIntl()
  return useCallback(
    (said, english) =>
      (said &&
        sayKnown(
          said,
          (key) => key in intl.messages,
          (key, values) => intl.formatMessage({ id: key }, values),
        )) ??
      english,
    [intl],
  )
}
