import type { ReactElement } from 'react'
import type { ImportAnalysis } from '../../../src-shared/domain/contacts'
import { useLocale } from '../../i18n/i18n-provider'
import { useT } from '../../i18n/use-t'
import { countryHint } from './country-hint'

type CountryHintNoteProps = {
  analysis: ImportAnalysis
  busy: boolean
  onChoose: (country: string) => void
}

/** "7 numbers look like United Kingdom numbers (+44)…" with the button that reads the list again so. */
export function CountryHintNote({ analysis, busy, onChoose }: CountryHintNoteProps): ReactElement | null {
  const t = useT()
  const locale = useLocale()
  const suggestion = analysis.suggestedCountry
  if (!suggestion) return null
  const { text, action } = countryHint(suggestion, t, locale)
  return (
    <div className="country-hint" role="status">
      <p>{text}</p>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        onClick={() => onChoose(suggestion.country)}
      >
        {action}
      </button>
    </div>
  )
}
