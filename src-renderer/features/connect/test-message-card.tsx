import { useState } from 'react'
import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { firstNumberId } from '../../state/numbers-slice'
import { useStore } from '../../state/store'
import { Field } from '../../ui/field'
import { Card } from '../../ui/card'
import { LinkTestResult } from './link-test-result'
import { lastTestLine } from './link-test-view'
import './link-test.css'

type Problem = { field: string | null; card: string | null }

const noProblem: Problem = { field: null, card: null }

type SendTest = { pending: boolean; problem: Problem; send: (to: string) => Promise<void> }

/** Sends the test and sorts a refusal: a number that cannot be used belongs next to the field. */
function useSendTest(accountId: number): SendTest {
  const t = useT()
  const sendNumberTest = useStore((state) => state.sendNumberTest)
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<Problem>(noProblem)

  const send = async (to: string): Promise<void> => {
    setPending(true)
    setProblem(noProblem)
    const result = await sendNumberTest(accountId, to)
    setPending(false)
    if (result.ok) return
    const { code, message } = result.error
    if (code === 'BAD_INPUT' && to.trim()) setProblem({ field: message, card: null })
    else setProblem({ field: null, card: t('connect.test.notSent', { reason: message }) })
  }

  return { pending, problem, send }
}

type TestMessageCardProps = {
  accountId?: number
  /** The number's name, once there are several: the card says which one the test goes out from. */
  name?: string | null
}

/** "Send a test message": proves, before the first campaign, that Herald can send from this login. */
export function TestMessageCard({ accountId = firstNumberId, name }: TestMessageCardProps): ReactElement {
  const t = useT()
  const first = accountId === firstNumberId
  const test = useStore((state) => (first ? state.linkTest : (state.numberTests[accountId] ?? null)))
  // Only the first number's last test is kept across runs of Herald
  const lastSuccessAt = useStore((state) => (first ? state.linkTestLastSuccessAt : null))
  const { pending, problem, send } = useSendTest(accountId)
  const [to, setTo] = useState('')
  const running = pending || test?.status === 'running'
  const lastLine = lastTestLine(t, lastSuccessAt, test)

  return (
    <Card
      title={name ? t('connect.test.titleNamed', { name }) : t('connect.test.send')}
      className="test-message"
    >
      <p className="card__intro">{t('connect.test.intro')}</p>
      <form
        className="test-message__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!running) void send(to)
        }}
      >
        <Field label={t('connect.test.toLabel')} error={problem.field} help={t('connect.test.toHelp')}>
          {(control) => (
            <input
              {...control}
              type="tel"
              className="input"
              placeholder={t('connect.test.toPlaceholder')}
              autoComplete="off"
              value={to}
              disabled={running}
              onChange={(event) => setTo(event.target.value)}
            />
          )}
        </Field>
        {problem.card ? (
          <p className="inline-error" role="alert">
            {problem.card}
          </p>
        ) : null}
        <div className="card__actions test-message__actions">
          <button
            type="submit"
            className={`button${lastSuccessAt ? '' : ' button--primary'}`}
            disabled={running}
          >
            {running ? t('connect.test.sending') : t('connect.test.send')}
          </button>
        </div>
      </form>
      {test ? <LinkTestResult test={test} /> : null}
      {lastLine ? <p className="muted test-message__last">{lastLine}</p> : null}
    </Card>
  )
}
