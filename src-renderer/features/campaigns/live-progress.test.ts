import { describe, expect, it } from 'vitest'
import { countsOf } from '../../../src-shared/domain/status-counts.test-support'
import { translator } from '../../i18n/translate.test-support'
import { liveCounts, liveProgress } from './live-progress'

const t = translator('en')

describe('live progress', () => {
  it('says a stopped campaign that sent nothing sent nothing, with an empty bar', () => {
    expect(liveProgress(t, 'cancelled', countsOf({ skipped: 13 }), 13)).toEqual({
      text: 'Stopped · 0 of 13 sent',
      percent: 0,
      valueText: '0 of 13 messages sent',
    })
  })

  it('says how many a finished campaign sent, and how far a running one has got', () => {
    const finished = countsOf({ delivered: 5, read: 4, replied: 3, failed: 1 })
    expect(liveProgress(t, 'completed', finished, 13).text).toBe('Finished · 12 of 13 sent')
    const running = countsOf({ queued: 8, sent: 2, failed: 1 })
    expect(liveProgress(t, 'running', running, 11)).toMatchObject({
      text: '3 of 11 done · 27% · 2 sent',
      percent: 27,
    })
    expect(liveProgress(translator('fr'), 'completed', finished, 13).text).toBe(
      'Terminée · 12 sur 13 envoyés',
    )
  })

  it('counts everything that went out as sent, once it has moved on to delivered or read', () => {
    const counts = liveCounts(t, countsOf({ delivered: 5, read: 5, replied: 3, queued: 1, sending: 1 }))
    expect(Object.fromEntries(counts.map((c) => [c.label, c.count]))).toEqual({
      Sent: 13,
      Delivered: 13,
      Read: 8,
      Replied: 3,
      Waiting: 2,
      Failed: 0,
      Skipped: 0,
    })
  })
})
