import { useId } from 'react'
import type { ReactElement } from 'react'
import type { AccountView } from '../../../src-shared/domain/accounts'
import { formatCount, formatPhone } from '../../lib/format'
import { maxNumberWeight, shareSizes } from './send-from'
import type { NumbersChoice } from './send-from'

type SendFromFieldProps = {
  numbers: readonly AccountView[]
  choice: NumbersChoice | null
  /** The numbers ticked now (the first number until the user changes it). */
  sendFrom: readonly number[]
  /** The contacts the list can message, to say about how many each number gets. */
  contacts: number
  onChange: (choice: NumbersChoice) => void
  error: string | undefined
}

function connection(number: AccountView): string {
  if (!number.phone) return 'Not linked yet'
  const phone = formatPhone(number.phone)
  return number.state.status === 'ready' ? `${phone} · connected` : `${phone} · not connected now`
}

type RowProps = {
  number: AccountView
  checked: boolean
  weighted: boolean
  weight: string
  share: number | null
  onTick: (checked: boolean) => void
  onWeight: (weight: string) => void
}

function NumberRow({ number, checked, weighted, weight, share, onTick, onWeight }: RowProps): ReactElement {
  const id = useId()
  return (
    <li className="send-from__row">
      <div className="form-check">
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onTick(event.target.checked)} />
        <label htmlFor={id} className="send-from__label">
          <span className="form-check__label">{number.name}</span>
          <span className="form-check__help">{connection(number)}</span>
        </label>
      </div>
      {checked && weighted ? (
        <span className="send-from__weight">
          <label htmlFor={`${id}-weight`}>Weight</label>
          <input
            id={`${id}-weight`}
            className="input send-from__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxNumberWeight}
            value={weight}
            aria-label={`Weight of ${number.name}`}
            onChange={(event) => onWeight(event.target.value)}
          />
          <span className="send-from__share">
            {share === null ? '' : `about ${formatCount(share)} ${share === 1 ? 'contact' : 'contacts'}`}
          </span>
        </span>
      ) : null}
    </li>
  )
}

/**
 * "Send from": which of the workspace's numbers a campaign goes out from, and how its contacts are shared
 * between them. Offered only when there is more than one number.
 */
export function SendFromField(props: SendFromFieldProps): ReactElement {
  const { numbers, choice, sendFrom, contacts, onChange, error } = props
  const helpId = useId()
  const weights = choice?.weights ?? {}
  const weighted = sendFrom.length > 1
  const shares = shareSizes(choice, sendFrom, contacts)
  const tick = (id: number, on: boolean): void => {
    const chosen = on ? [...sendFrom, id] : sendFrom.filter((n) => n !== id)
    // In the order of the list, so the first number stays first
    onChange({ chosen: numbers.map((n) => n.id).filter((n) => chosen.includes(n)), weights })
  }
  return (
    <fieldset className="send-from" aria-describedby={helpId}>
      <legend className="form-legend">Send from</legend>
      <p className="form-check__help" id={helpId}>
        Each contact gets the message once, from one of the numbers you tick — never from two. With several,
        Herald shares the contacts out between them; a number with a higher weight gets a bigger share.
      </p>
      <ul className="send-from__list">
        {numbers.map((number) => (
          <NumberRow
            key={number.id}
            number={number}
            checked={sendFrom.includes(number.id)}
            weighted={weighted}
            weight={weights[number.id] ?? '1'}
            share={shares[number.id] ?? null}
            onTick={(on) => tick(number.id, on)}
            onWeight={(weight) =>
              onChange({ chosen: [...sendFrom], weights: { ...weights, [number.id]: weight } })
            }
          />
        ))}
      </ul>
      {error ? (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
