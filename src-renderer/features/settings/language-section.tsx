import type { ReactElement } from 'react'
import { languageChoices, localeNames } from '../../../src-shared/i18n/locales'
import { useT } from '../../i18n/use-t'
import type { SectionProps } from './setting-field'

/** The language of every screen; saved with the other settings, and shown at once. */
export function LanguageSection({ text, errors, onChange }: SectionProps): ReactElement {
  const t = useT()
  const error = errors['app.language']
  return (
    <section className="card settings-section" aria-labelledby="settings-language-title">
      <h2 id="settings-language-title" className="card__title">
        {t('language.title')}
      </h2>
      <label className="field" htmlFor="setting-app-language">
        <span className="field__label">{t('language.label')}</span>
        <select
          id="setting-app-language"
          className="input select"
          value={text['app.language']}
          aria-describedby="setting-app-language-help"
          onChange={(event) => onChange('app.language', event.target.value)}
        >
          {languageChoices.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
              {choice === 'system' ? t('language.system') : localeNames[choice]}
            </option>
          ))}
        </select>
        <span className="field__help" id="setting-app-language-help">
          {t('language.help')}
        </span>
      </label>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
