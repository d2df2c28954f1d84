import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../src-shared/domain/random'
import { tempDataDir } from '../context.test-support'
import { crashDrill } from './crash-drill.test-support'

const temp = tempDataDir('herald-crash-')
afterAll(() => temp.remove())

describe('crash test', () => {
  it('never sends twice nor loses a message when `campaign run` is killed at random 20 times', async () => {
    const seed = `crash:${Date.now()}`
    const figures = await crashDrill({
      dir: temp.dir,
      messages: 500,
      kills: 20,
      random: seededRandom(seed),
      root: process.cwd(),
    })
    process.stdout.write(
      `crash test (seed ${seed}): ${figures.kills} kills in ${figures.runs} runs, ${figures.messages} messages, ` +
        `${figures.ledgerLines} received, ${figures.reconciledSent} found sent on resume, ${figures.requeued} ` +
        `queued again, ${figures.uncertain} uncertain, ${(figures.durationMs / 1000).toFixed(1)} s\n`,
    )
    expect(figures.problems).toEqual([])
    expect(figures.kills).toBeGreaterThanOrEqual(20)
    expect(figures.messages).toBe(500)
    expect(figures.ledgerLines + figures.uncertain).toBeGreaterThanOrEqual(500)
  }, 90_000)
})
