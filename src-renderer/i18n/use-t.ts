import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { PrimitiveType } from 'react-intl'

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
