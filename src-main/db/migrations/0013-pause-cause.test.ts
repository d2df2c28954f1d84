import { describe, expect, it } from 'vitest'
import { pauseCauses } from '../../../src-shared/domain/campaigns'
import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import { seedHistory } from '../history-fixtures.test-support'
import { pauseCausesOf0013 } from './0013-pause-cause'
import { schemaAt, upgrade } from './schema.test-support'

/** Campaigns as Herald 12 left them: each with a status and the words it showed. */
const released: readonly (readonly [CampaignStatus, string | null])[] = [
  ['paused', null],
  [
    'paused',
    'WhatsApp disconnected. Check that the phone has internet and WhatsApp open, reconnect on Connect, then resume.',
  ],
  ['paused', 'Logged out of WhatsApp. Scan the QR code again on Connect, then resume the campaign.'],
  [
    'paused',
    'WhatsApp is limiting this number. Wait several hours before resuming, and choose a slower pace: the account is at risk.',
  ],
  [
    'paused',
    'WhatsApp lost its connection (the phone or this computer went offline). Herald paused the campaign and resumes it by itself once WhatsApp is connected again.',
  ],
  [
    'paused',
    'The browser running WhatsApp Web closed unexpectedly. Herald paused the campaign: connect again on the Connect screen, then press Resume.',
  ],
  [
    'paused',
    '5 messages in a row could not be sent (last: Timed out). Herald paused the campaign to protect your WhatsApp number. Herald tries again a few times.',
  ],
  [
    'paused',
    'Only 3 of the last 20 messages sent were delivered: WhatsApp may be holding back this number. Herald paused the campaign.',
  ],
  ['paused', '3 of the last 40 people you messaged asked to stop (7.5%). Slow down.'],
  [
    'paused',
    '2 of the last 40 people you messaged replied with words like "who is this": they may not know you. Slow down.',
  ],
  [
    'paused',
    'Herald could not record the message to +447700900001 before sending it, so it did not send it (SQLITE_FULL). Check that the disk has free space, then resume.',
  ],
  ['paused', 'A message went out but Herald could not record it (SQLITE_IOERR). Resume to check it.'],
  [
    'paused',
    'Herald met an unexpected problem (boom) and paused the campaign. Resume it when you are ready.',
  ],
  ['paused', 'Herald hit an unexpected problem and paused the campaign (boom). Resume to try again.'],
  ['paused', 'Words no version of Herald wrote.'],
  ['interrupted', 'Herald was closed while this campaign was sending.'],
  ['completed', null],
]

describe('migration 0013 pause-cause', () => {
  it('recognises why each paused campaign paused from its words, and leaves the others without a cause', () => {
    const db = schemaAt(12)
    seedHistory(
      db,
      released.map(([status], i) => ({
        name: `C${i}`,
        status,
        createdAt: '2026-03-02T09:00:00.000Z',
        messages: [],
      })),
    )
    const reason = db.prepare('UPDATE campaigns SET status_reason = ? WHERE name = ?')
    released.forEach(([, words], i) => reason.run(words, `C${i}`))

    upgrade(db)

    const causes = db.prepare('SELECT pause_cause FROM campaigns ORDER BY id').pluck().all()
    expect(causes).toEqual([
      'user',
      'disconnected',
      'session_lost',
      'rate_limited',
      'connection',
      'connection',
      'breaker',
      'breaker',
      'safety',
      'safety',
      'storage',
      'storage',
      'unexpected_error',
      'unexpected_error',
      'user',
      null,
      null,
    ])
    expect(db.prepare('SELECT status_reason FROM campaigns ORDER BY id').pluck().all()).toEqual(
      released.map(([, words]) => words),
    )
    expect(() => db.prepare("UPDATE campaigns SET pause_cause = 'tired' WHERE id = 1").run()).toThrow(
      /CHECK constraint/,
    )
  })

  it('accepts every pause cause Herald knows today (a new one needs its own migration)', () => {
    const db = schemaAt(13)
    const [id] = seedHistory(db, [
      { name: 'Paused', status: 'paused', createdAt: '2026-03-02T09:00:00.000Z', messages: [] },
    ])
    const setCause = db.prepare('UPDATE campaigns SET pause_cause = ? WHERE id = ?')
    for (const cause of pauseCauses) expect(setCause.run(cause, id).changes).toBe(1)
    expect(pauseCauses).toEqual(pauseCausesOf0013)
  })
})
