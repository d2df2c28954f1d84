import type { ReactElement } from 'react'
import type { ImportAnalysis } from '../../../src-shared/domain/contacts'
import { countryHint } from './country-hint'

type CountryHintNoteProps = {
  analysis: ImportAnalysis
  busy: boolean
  onChoose: (country: string) => void
}

/** "7 numbers look like United Kingdom numbers (+44)…" with the button that reads the list again so. */
export function CountryHintNote({ analysis, busy, onChoose }: CountryHintNoteProps): ReactElement | null {
  const suggestion = analysis.suggestedCountry
  if (!suggestion) return null
  const { text, action } = countryHint(suggestion)
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
