import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { seededRandom } from '../../src-shared/domain/random'
import { SimulatedClock } from '../clock'
import { dryRunFailures } from '../campaign/services'
import { tempDataDir } from '../context.test-support'
import { DryRunTransport, readLedger } from './dry-run'
import type { AckEvent, ReplyEvent } from './transport'
import { TransportError } from './transport'

const temp = tempDataDir()
afterEach(() => fs.rmSync(path.join(temp.dir, 'ledger.jsonl'), { force: true }))

const message = (
  id: number,
): { messageId: number; campaignId: number; phone: string; body: string; typingSeconds: number } => ({
  messageId: id,
  campaignId: 7,
  phone: `+44791110${String(id).padStart(4, '0')}`,
  body: `Hello ${id}`,
  typingSeconds: 0,
})

describe('dry-run transport', () => {
  it('takes its simulated time, then acks delivered and read later, and sometimes replies STOP', async () => {
    const clock = new SimulatedClock(0)
    const transport = new DryRunTransport({
      clock,
      random: seededRandom('acks'),
      latencyMs: [500, 500],
      readRate: 1,
      replyRate: 1,
      stopRate: 1,
    })
    const acks: AckEvent[] = []
    const replies: ReplyEvent[] = []
    transport.on('ack', (a) => acks.push(a))
    const stop = transport.on('reply', (r) => replies.push(r))
    const { waMessageId } = await transport.send(message(1))
    expect(clock.now()).toBe(500)
    expect(acks).toEqual([])
    await clock.sleep(120_000)
    expect(acks.map((a) => [a.waMessageId, a.level])).toEqual([
      [waMessageId, 'delivered'],
      [waMessageId, 'read'],
    ])
    expect(acks[0]!.at).toBeGreaterThan(500)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.phone).toBe(message(1).phone)
    expect(['STOP', 'Stop please', 'BAJA', 'Unsubscribe']).toContain(replies[0]!.text)
    stop()
    transport.close()
  })

  it('fails at the rate asked for, with the category, and knows those never left', async () => {
    const clock = new SimulatedClock(0)
    const transport = new DryRunTransport({
      clock,
      random: seededRandom('fail'),
      failureRates: { network: 0.3 },
    })
    let failed = 0
    for (let id = 1; id <= 1000; id += 1) {
      try {
        await transport.send(message(id))
      } catch (error) {
        expect(error).toBeInstanceOf(TransportError)
        expect((error as TransportError).category).toBe('network')
        expect(await transport.reconcile(message(id))).toBe('not_sent')
        failed += 1
      }
    }
    expect(failed).toBeGreaterThan(250)
    expect(failed).toBeLessThan(350)
    expect(await transport.reconcile(message(1001))).toBe('unknown')
    transport.close()
  })

  it('fails the same numbers on every run when failures go by number', async () => {
    const failing = async (seed: string): Promise<number[]> => {
      const transport = new DryRunTransport({
        clock: new SimulatedClock(0),
        random: seededRandom(seed),
        failureRates: dryRunFailures('unknown:0.2, nonsense:0.5, timeout:7'),
        failureBy: 'number',
      })
      const ids: number[] = []
      for (let id = 1; id <= 200; id += 1) {
        await transport.send(message(id)).catch((error: TransportError) => {
          expect(error.category).toBe('unknown')
          ids.push(id)
        })
      }
      transport.close()
      return ids
    }
    const first = await failing('run 1')
    expect(first.length).toBeGreaterThan(20)
    expect(first.length).toBeLessThan(60)
    expect(await failing('run 2')).toEqual(first)
  })

  it('writes one fsynced ledger line per message received, and reconciles from the ledger after a restart', async () => {
    const clock = new SimulatedClock(0)
    const ledgerFile = path.join(temp.dir, 'ledger.jsonl')
    const first = new DryRunTransport({ clock, random: seededRandom('l'), ledgerFile })
    await first.send(message(1))
    await first.send(message(2))
    first.close()
    expect(readLedger(ledgerFile)).toEqual([
      { phone: message(1).phone, campaignId: 7, messageId: 1, body: 'Hello 1' },
      { phone: message(2).phone, campaignId: 7, messageId: 2, body: 'Hello 2' },
    ])
    // A line cut short by a crash is not a message received.
    fs.appendFileSync(ledgerFile, '{"phone":"+4479')
    const second = new DryRunTransport({ clock, random: seededRandom('l'), ledgerFile })
    expect(await second.reconcile(message(2))).toBe('sent')
    expect(await second.reconcile(message(3))).toBe('not_sent')
    await second.send(message(3))
    expect(readLedger(ledgerFile).map((l) => l.messageId)).toEqual([1, 2, 3])
    second.close()
  })

  it('refuses to send once closed', async () => {
    const transport = new DryRunTransport({ clock: new SimulatedClock(0), random: Math.random })
    transport.close()
    await expect(transport.send(message(1))).rejects.toMatchObject({ category: 'disconnected' })
  })
})
