import type { LinkTest } from '../../src-shared/domain/link-test'

/** When the message of a test went out (WhatsApp took it), or null when it did not get that far. */
export function sentAt(test: LinkTest): string | null {
  const sent = test.steps.find((step) => step.step === 'sent')
  const started = new Date(test.startedAt).getTime()
  if (sent?.outcome !== 'done' || sent.ms === null || Number.isNaN(started)) return null
  return new Date(started + sent.ms).toISOString()
}

/** The later of two ISO instants, either of which may be missing. */
export function later(a: string | null, b: string | null): string | null {
  if (a && b) return a > b ? a : b
  return a ?? b
}
