import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Locale } from '../../src-shared/i18n/locales'
import { localeNames, locales } from '../../src-shared/i18n/locales'
import { useLocale } from '../i18n/i18n-provider'
import { useT } from '../i18n/use-t'
import { Field } from './field'
import './report-language.css'

/** The language of a file about to be exported: the window's until the user picks another. */
export function useReportLanguage(): [Locale, (language: Locale) => void] {
  const windowLanguage = useLocale()
  const [chosen, choose] = useState<Locale | null>(null)
  return [chosen ?? windowLanguage, choose]
}

type ReportLanguageFieldProps = { value: Locale; onChange: (language: Locale) => void }

/**
 * "Language of the file": the headings and words of an exported report, each language in its own words.
 * A small drop-down under the other choices of an export dialog.
 */
export function ReportLanguageField({ value, onChange }: ReportLanguageFieldProps): ReactElement {
  const t = useT()
  return (
    <div className="report-language">
      <Field label={t('exports.language.label')}>
        {(control) => (
          <select
            {...control}
            className="input form-select"
            value={value}
            onChange={(event) => {
              const language = locales.find((locale) => locale === event.target.value)
              if (language) onChange(language)
            }}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}
