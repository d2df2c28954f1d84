import type { Migration } from './migration'

/** The pause causes as of this migration (src-shared/domain/campaigns.ts `pauseCauses`). */
export const pauseCausesOf0013 = [
  'user',
  'connection',
  'disconnected',
  'session_lost',
  'rate_limited',
  'breaker',
  'safety',
  'storage',
  'unexpected_error',
] as const

/**
 * The words Herald 12 and earlier stored for each cause, as SQL LIKE patterns: a paused campaign's cause is
 * recognised from them once, here. A paused campaign whose words match none is taken as the user's pause,
 * which nothing resumes by itself.
 */
const wordsOfEachCause: readonly (readonly [(typeof pauseCausesOf0013)[number], string])[] = [
  [
    'disconnected',
    'WhatsApp disconnected. Check that the phone has internet and WhatsApp open, reconnect on Connect, then resume.',
  ],
  ['session_lost', 'Logged out of WhatsApp. Scan the QR code again on Connect, then resume the campaign.'],
  [
    'rate_limited',
    'WhatsApp is limiting this number. Wait several hours before resuming, and choose a slower pace: the account is at risk.',
  ],
  ['connection', '% Herald paused the campaign and resumes it by itself once WhatsApp is connected again.'],
  ['connection', '% Herald paused the campaign: connect again on the Connect screen, then press Resume.'],
  ['breaker', '% messages in a row could not be sent (last: %). Herald paused the campaign to protect %'],
  [
    'breaker',
    'Only % of the last % messages sent were delivered: WhatsApp may be holding back this number.%',
  ],
  ['safety', '% of the last % people you messaged asked to stop (%'],
  ['safety', '% of the last % people you messaged replied with words like %: they may not know you.%'],
  ['storage', 'Herald could not record the message to % before sending it, so it did not send it (%'],
  ['storage', 'A message went out but Herald could not record it (%). Resume to check it.'],
  ['unexpected_error', 'Herald met an unexpected problem (%) and paused the campaign.%'],
  ['unexpected_error', 'Herald hit an unexpected problem and paused the campaign (%). Resume to try again.'],
]

export const pauseCause: Migration = {
  version: 13,
  name: 'pause-cause',
  up(db) {
    // Why a paused campaign paused, as data: code used to tell a lost connection from the user's pause by
    // the words shown to the user, which a reworded sentence would have broken.
    const allowed = pauseCausesOf0013.map((cause) => `'${cause}'`).join(', ')
    db.exec(`ALTER TABLE campaigns ADD COLUMN pause_cause TEXT CHECK (pause_cause IN (${allowed}))`)
    const recognise = wordsOfEachCause.map(() => 'WHEN status_reason LIKE ? THEN ?').join(' ')
    db.prepare(
      `UPDATE campaigns SET pause_cause = CASE WHEN status_reason IS NULL THEN 'user' ${recognise} ELSE 'user' END
        WHERE status = 'paused'`,
    ).run(wordsOfEachCause.flatMap(([cause, words]) => [words, cause]))
  },
}
