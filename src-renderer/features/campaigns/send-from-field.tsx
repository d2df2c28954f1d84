import { useId } from 'react'
import type { ReactElement } from 'react'
import type { AccountView } from '../../../src-shared/domain/accounts'
import { formatPhone } from '../../lib/format'
import { leftToRight } from '../../lib/bidi'
import { maxNumberWeight, shareSizes } from './send-from'
import type { NumbersChoice } from './send-from'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

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

function connection(t: Translate, number: AccountView): string {
  if (!number.phone) return t('campaigns.sendFrom.notLinked')
  const phone = leftToRight(formatPhone(number.phone))
  return t(number.state.status === 'ready' ? 'campaigns.sendFrom.connected' : 'campaigns.sendFrom.offline', {
    phone,
  })
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
  const t = useT()
  const id = useId()
  return (
    <li className="send-from__row">
      <div className="form-check">
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onTick(event.target.checked)} />
        <label htmlFor={id} className="send-from__label">
          <span className="form-check__label">{number.name}</span>
          <span className="form-check__help">{connection(t, number)}</span>
        </label>
      </div>
      {checked && weighted ? (
        <span className="send-from__weight">
          <label htmlFor={`${id}-weight`}>{t('campaigns.sendFrom.weight')}</label>
          <input
            id={`${id}-weight`}
            className="input send-from__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxNumberWeight}
            value={weight}
            aria-label={t('campaigns.sendFrom.weightOf', { name: number.name })}
            onChange={(event) => onWeight(event.target.value)}
          />
          <span className="send-from__share">
            {share === null ? '' : t('campaigns.sendFrom.share', { count: share })}
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
  const t = useT()
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
      <legend className="form-legend">{t('campaigns.sendFrom.legend')}</legend>
      <p className="form-check__help" id={helpId}>
        {t('campaigns.sendFrom.help')}
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
