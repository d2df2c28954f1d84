import type { LinkTest, LinkTestStepName } from '../../../src-shared/domain/link-test'
import type { Translate } from '../../i18n/use-t'
import { formatDateTime, formatPhone } from '../../lib/format'
import { errorAdvice } from '../../ui/analytics/error-words'
import { sayWith } from './said'

/**
 * How a step shows: ticked, under way, crossed, not reached (greyed), or `unconfirmed` — the test is over
 * and this step neither happened nor failed (the delivery receipt that did not come in time).
 */
export type StepMark = 'done' | 'waiting' | 'failed' | 'not_reached' | 'unconfirmed'

export type StepView = {
  step: LinkTestStepName
  label: string
  mark: StepMark
  /** When the step ended, counted from the start of the test: "0.5 s". */
  time: string | null
  /** A few words beside an unfinished step. */
  note: string | null
}

/** `warn`: the message went out but WhatsApp has not confirmed that it reached the phone. */
export type LinkTestTone = 'busy' | 'ok' | 'warn' | 'bad'

export type LinkTestView = {
  running: boolean
  tone: LinkTestTone
  recipient: string
  steps: StepView[]
  summary: string
  advice: string | null
}

/** Seconds from the start of the test, as the summary sentence writes them; a blink is "< 0.1 s". */
export function formatStepTime(t: Translate, ms: number): string {
  return ms < 50
    ? t('connect.test.stepTimeBlink')
    : t('connect.test.stepTime', { seconds: Math.round(ms / 100) / 10 })
}

const notedMarks: readonly StepMark[] = ['waiting', 'failed', 'unconfirmed']

function stepView(t: Translate, step: LinkTest['steps'][number], running: boolean): StepView {
  const mark: StepMark = step.outcome === 'waiting' && !running ? 'unconfirmed' : step.outcome
  return {
    step: step.step,
    label: sayWith(t, { key: `whatsapp.step.${step.step}` }, step.text),
    mark,
    time: mark === 'done' && step.ms !== null ? formatStepTime(t, step.ms) : null,
    note: notedMarks.includes(mark) ? t(`connect.test.note.${mark}`) : null,
  }
}

function toneOf(test: LinkTest): LinkTestTone {
  if (test.status === 'running') return 'busy'
  if (test.status === 'failed') return 'bad'
  const delivered = test.steps.find((step) => step.step === 'delivered')
  return delivered?.outcome === 'done' ? 'ok' : 'warn'
}

/** What to do after a failed test: by the kind of failure when the send itself failed. */
function adviceOf(t: Translate, test: LinkTest): string | null {
  if (test.category) return errorAdvice(t, test.category)
  return test.advice === null ? null : sayWith(t, test.advicePhrase, test.advice)
}

/** A test message as the Connect screen shows it: to whom, the four steps, how it went, what to do. */
export function linkTestView(t: Translate, test: LinkTest): LinkTestView {
  const running = test.status === 'running'
  const phone = formatPhone(test.to)
  return {
    running,
    tone: toneOf(test),
    recipient: test.toSelf ? t('connect.test.toSelf', { phone }) : t('connect.test.to', { phone }),
    steps: test.steps.map((step) => stepView(t, step, running)),
    // The number as the line above spaces it: the sentence comes from Herald with the number as stored
    summary: sayWith(t, test.summaryPhrase, test.summary).replaceAll(test.to, phone),
    advice: test.status === 'failed' ? adviceOf(t, test) : null,
  }
}

/**
 * The quiet line for a login tested before this run of Herald: there is no test to show, only its date.
 * Null when a test of this run is on screen or none ever went out.
 */
export function lastTestLine(
  t: Translate,
  lastSuccessAt: string | null,
  shown: LinkTest | null,
): string | null {
  if (shown || !lastSuccessAt || Number.isNaN(Date.parse(lastSuccessAt))) return null
  // Written as "Connected since" above it writes its date
  return t('connect.test.lastSent', { date: formatDateTime(lastSuccessAt, { withYear: true }) })
}
