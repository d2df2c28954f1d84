import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { formatPhone } from '../../lib/format'
import { reasonText } from './import-words'
import type { ReasonRow } from './import-words'
import { useSayImport } from './use-say-import'

type PhoneRow = { phoneRaw: string; phone: string | null; repaired?: boolean }

const nothing = '—'
/** From the number as written to the one Herald dials (turned round in right-to-left languages). */
const arrow = '→'

export function RawPhone({ row }: { row: PhoneRow }): ReactElement {
  const t = useT()
  return (
    <span className="phone phone--raw" title={row.phoneRaw}>
      {row.phoneRaw || <span className="muted">{t('contacts.phone.empty')}</span>}
    </span>
  )
}

/** The number Herald will dial; a repaired one is marked so the user sees what was changed. */
export function NormalisedPhone({ row }: { row: PhoneRow }): ReactElement {
  if (!row.phone) return <span className="muted">{nothing}</span>
  return (
    <span className={`phone phone--normalised${row.repaired ? ' phone--repaired' : ''}`}>
      <span className="phone__arrow icon--directional" aria-hidden="true">
        {arrow}
      </span>
      <bdi dir="ltr">{formatPhone(row.phone)}</bdi>
    </span>
  )
}

type SavedPhoneProps = { phone: string; raw: string; repaired: boolean }

/** A saved contact's number; one Herald repaired is marked as on the check step, with how it was written. */
export function SavedPhone({ phone, raw, repaired }: SavedPhoneProps): ReactElement {
  const t = useT()
  if (!repaired) return <span className="phone">{formatPhone(phone)}</span>
  return (
    <span className="phone phone--repaired" title={t('contacts.phone.repairedTitle', { raw })}>
      {formatPhone(phone)}
      <span className="visually-hidden"> {t('contacts.phone.repairedHidden', { raw })}</span>
    </span>
  )
}

/** Why a row will not be messaged, or what Herald changed in it, on at most two lines. */
export function ReasonCell({ row }: { row: ReasonRow }): ReactElement {
  const t = useT()
  const say = useSayImport()
  const text = reasonText(row, say, t)
  return (
    <span className="reason" title={text}>
      {text}
    </span>
  )
}
