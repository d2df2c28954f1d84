import type { ReactElement } from 'react'
import { formatPhone } from '../../lib/format'

type PhoneRow = { phoneRaw: string; phone: string | null; repaired?: boolean }

export function RawPhone({ row }: { row: PhoneRow }): ReactElement {
  return (
    <span className="phone phone--raw" title={row.phoneRaw}>
      {row.phoneRaw || <span className="muted">(empty)</span>}
    </span>
  )
}

/** The number Herald will dial; a repaired one is marked so the user sees what was changed. */
export function NormalisedPhone({ row }: { row: PhoneRow }): ReactElement {
  if (!row.phone) return <span className="muted">—</span>
  return (
    <span className={`phone${row.repaired ? ' phone--repaired' : ''}`}>
      <span className="phone__arrow" aria-hidden="true">
        →
      </span>
      {formatPhone(row.phone)}
    </span>
  )
}

type SavedPhoneProps = { phone: string; raw: string; repaired: boolean }

/** A saved contact's number; one Herald repaired is marked as on the check step, with how it was written. */
export function SavedPhone({ phone, raw, repaired }: SavedPhoneProps): ReactElement {
  if (!repaired) return <span className="phone">{formatPhone(phone)}</span>
  return (
    <span className="phone phone--repaired" title={`Repaired by Herald; written as ${raw}`}>
      {formatPhone(phone)}
      <span className="visually-hidden"> (repaired by Herald; written as {raw})</span>
    </span>
  )
}

/** Why a row will not be messaged, or what Herald changed in it, on at most two lines. */
export function ReasonCell({
  row,
}: {
  row: { reason: string | null; duplicateOf: number | null }
}): ReactElement {
  const text = reasonText(row)
  return (
    <span className="reason" title={text}>
      {text}
    </span>
  )
}

function reasonText(row: { reason: string | null; duplicateOf: number | null }): string {
  if (row.reason) return row.reason
  if (row.duplicateOf !== null) return `Duplicate of row ${row.duplicateOf}`
  return ''
}
