import { useCallback } from 'react'
import type { ReactNode } from 'react'
import { useIntl } from 'react-intl'
import type { PrimitiveType } from 'react-intl'

type RichValues = Record<string, PrimitiveType | ((chunks: ReactNode[]) => ReactNode)>

/**
 * A message with tags, "<strong>A contact list</strong> — import it on <link>Contacts</link>.", worded
 * with elements for its tags: one sentence per message, whatever order the language puts its parts in.
 */
export function useRich(): (key: string, values: RichValues) => ReactNode {
  const intl = useIntl()
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl])
}
