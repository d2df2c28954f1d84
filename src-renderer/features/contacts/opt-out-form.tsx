import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatPhone } from '../../lib/format'
import { leftToRight } from '../../lib/bidi'
import { useStore } from '../../state/store'
import { ContactsField } from './contacts-field'
import { useSayImport } from './use-say-import'

type Notice = { kind: 'added' | 'error'; text: string } | null

function useAddOptOut(): {
  busy: boolean
  notice: Notice
  add: (phone: string, reason: string) => Promise<boolean>
} {
  const t = useT()
  const say = useSayImport()
  const country = useStore((state) => state.settings?.defaultCountry)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const add = async (phone: string, reason: string): Promise<boolean> => {
    setBusy(true)
    setNotice(null)
    const result = await api.invoke('optouts:add', {
      phone,
      ...(country ? { country } : {}),
      ...(reason ? { reason } : {}),
    })
    setBusy(false)
    if (!result.ok) {
      // Worded already, but with the country it names in English: named here in the window's language
      const { fields, phrase, message } = result.error
      setNotice({ kind: 'error', text: fields?.phone ?? say(phrase, message) })
      return false
    }
    setNotice({
      kind: 'added',
      text: t('contacts.optOuts.added', { phone: leftToRight(formatPhone(result.value.phone)) }),
    })
    return true
  }
  return { busy, notice, add }
}

/** Someone asked, by phone or in person, not to be messaged: add them by hand (the table follows by itself). */
export function OptOutForm(): ReactElement {
  const t = useT()
  const [phone, setPhone] = useState('')
  const [reason, setReason] = useState('')
  const { busy, notice, add } = useAddOptOut()
  const errorId = useId()
  const failed = notice?.kind === 'error'

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!phone.trim() || busy) return
    if (await add(phone.trim(), reason.trim())) {
      setPhone('')
      setReason('')
    }
  }
  return (
    <form
      className="card optout-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('contacts.optOuts.formLabel')}
    >
      <h2 className="card__title">{t('contacts.optOuts.formTitle')}</h2>
      <div className="optout-form__fields">
        <ContactsField label={t('contacts.optOuts.phone')}>
          {(id) => (
            <input
              id={id}
              className="input phone-input"
              inputMode="tel"
              autoComplete="off"
              value={phone}
              aria-invalid={failed}
              aria-describedby={failed ? errorId : undefined}
              onChange={(event) => setPhone(event.target.value)}
            />
          )}
        </ContactsField>
        <ContactsField label={t('contacts.optOuts.reason')} size="grow">
          {(id) => (
            <input
              id={id}
              className="input"
              maxLength={500}
              placeholder={t('contacts.optOuts.reasonPlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </ContactsField>
        <button type="submit" className="button button--primary" disabled={busy || !phone.trim()}>
          {busy ? t('contacts.optOuts.adding') : t('contacts.optOuts.add')}
        </button>
      </div>
      {failed ? (
        <p id={errorId} className="contacts-field__error" role="alert">
          {notice.text}
        </p>
      ) : (
        <p className="optout-form__status" role="status">
          {notice?.text}
        </p>
      )}
    </form>
  )
}
