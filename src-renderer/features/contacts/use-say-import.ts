import { useCallback } from 'react'
import { useLocale } from '../../i18n/i18n-provider'
import { useSay } from '../../i18n/use-t'
import type { Say } from '../../i18n/use-t'
import { withCountryNamed } from './import-words'

/** `say` for the import's phrases: in the window's language, with the countries they name in it too. */
export function useSayImport(): Say {
  const say = useSay()
  const locale = useLocale()
  return useCallback((said, english) => say(withCountryNamed(said, locale), english), [say, locale])
}
