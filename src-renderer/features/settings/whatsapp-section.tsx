import { useEffect, useRef, useState } from 'react'
import type { ReactElement, RefObject } from 'react'
import { useSearchParams } from 'react-router'
import { api } from '../../lib/api'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { ChoiceField, describedBy, fieldId, FieldFrame } from './setting-field'
import type { SectionProps } from './setting-field'
import './whatsapp-section.css'

const browserKey = 'whatsapp.browserPath'

/**
 * The browser's path, and in the desktop app Browse…: main opens its own file dialog, checks that the file
 * picked is Chrome, Chromium or Edge and saves it. A refusal shows under the field, like a refused save.
 */
function BrowserPathField({ text, errors, onChange }: SectionProps): ReactElement {
  const t = useT()
  const desktop = useStore((state) => state.appInfo?.runtime === 'electron')
  const setSettings = useStore((state) => state.setSettings)
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState<string | null>(null)
  const error = refused ?? errors[browserKey]

  const browse = async (): Promise<void> => {
    setBusy(true)
    const result = await api.invoke('settings:choose-browser', {})
    setBusy(false)
    if (!result.ok) setRefused(result.error.fields?.[browserKey] ?? result.error.message)
    else if (result.value) {
      setRefused(null)
      onChange(browserKey, result.value[browserKey])
      setSettings(result.value)
    }
  }

  return (
    <FieldFrame settingKey={browserKey} error={error}>
      <input
        {...describedBy(browserKey, error)}
        className="input whatsapp-settings__path"
        type="text"
        spellCheck={false}
        autoComplete="off"
        placeholder={t('settings.whatsapp.browserPlaceholder')}
        value={text[browserKey]}
        onChange={(event) => {
          setRefused(null)
          onChange(browserKey, event.target.value)
        }}
      />
      {desktop ? (
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => void browse()}
            disabled={busy}
          >
            {t('settings.whatsapp.browse')}
          </button>
        </div>
      ) : null}
    </FieldFrame>
  )
}

/**
 * The Connect screen sends a user here when no browser was found (?focus=whatsapp): the section is
 * scrolled into view and the browser path is ready to type in.
 */
function useFocusFromConnect(): RefObject<HTMLElement | null> {
  const [params] = useSearchParams()
  const ref = useRef<HTMLElement>(null)
  const wanted = params.get('focus') === 'whatsapp'
  useEffect(() => {
    if (!wanted) return
    ref.current?.scrollIntoView({ block: 'start' })
    document.getElementById(fieldId('whatsapp.browserPath'))?.focus({ preventScroll: true })
  }, [wanted])
  return ref
}

/** How Herald runs WhatsApp Web, and what campaigns do when the connection comes back. */
export function WhatsAppSection(props: SectionProps): ReactElement {
  const t = useT()
  const ref = useFocusFromConnect()
  return (
    <section ref={ref} className="card settings-section" aria-labelledby="settings-whatsapp-title">
      <h2 id="settings-whatsapp-title" className="card__title">
        {t('settings.whatsapp.title')}
      </h2>
      <p className="card__intro">{t('settings.whatsapp.intro')}</p>
      <div className="whatsapp-settings">
        <BrowserPathField {...props} />
        <ChoiceField {...props} settingKey="whatsapp.webVersionCache" />
        <ChoiceField {...props} settingKey="campaign.autoResume" />
        <ChoiceField {...props} settingKey="whatsapp.establishedNumber" />
        <ChoiceField {...props} settingKey="whatsapp.disconnectIdle" />
      </div>
    </section>
  )
}
