import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLedger } from '../../transport/dry-run'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'

const temp = tempDataDir()
afterAll(() => temp.remove())

const herald = (...argv: string[]): Promise<Run> => runHerald(path.join(temp.dir, 'data'), ...argv)

beforeAll(async () => {
  const csv = [
    'Name,Phone,Website',
    ...Array.from({ length: 12 }, (_, i) => `Shop ${i},+447911${100000 + i},${i % 2 ? 'x.example' : ''}`),
  ]
  fs.writeFileSync(path.join(temp.dir, 'shops.csv'), `${csv.join('\n')}\n`)
  expect(
    (await herald('import', path.join(temp.dir, 'shops.csv'), '--save', 'Shops', '--country', 'GB')).status,
  ).toBe(0)
})

describe('herald template', () => {
  it('adds templates with variants and lists them', async () => {
    const added = await herald(
      'template',
      'add',
      'Offer',
      '--body',
      'Hi {{name}}',
      '--variant',
      'B=Hello {{name|there}}',
      '--json',
    )
    expect(added).toMatchObject({ status: 0, out: '{"id":1}\n' })
    expect((await herald('template', 'add', 'Plain', '--body', 'Hi')).out).toMatch(
      /^Saved the template "Plain" \(id 2, 1 variant\(s\)\)/,
    )
    const listed = JSON.parse((await herald('templates', '--json')).out) as {
      name: string
      variants: { name: string }[]
    }[]
    expect(listed.map((t) => [t.name, t.variants.map((v) => v.name)])).toEqual([
      ['Offer', ['A', 'B']],
      ['Plain', ['A']],
    ])
    expect((await herald('templates')).out).toMatch(/^ID\s+Name\s+Variants/)
  })

  it('refuses wrong usage with 2 and a broken or taken template with 1', async () => {
    expect((await herald('template', 'add', 'X')).status).toBe(2)
    expect((await herald('template', 'add', 'X', '--body', 'a', '--variant', 'nobody')).status).toBe(2)
    expect((await herald('template', 'remove', 'X')).status).toBe(2)
    const broken = await herald('template', 'add', 'X', '--body', 'Hi {{name')
    expect(broken.status).toBe(1)
    expect(broken.err).toMatch(/^herald: /)
    expect((await herald('template', 'add', 'offer', '--body', 'Hi')).err).toMatch(/already called "Offer"/)
  })
})

/** `herald campaign create` from Shops with Offer; then as a dry run without waiting between messages. */
const createFromShops = ['campaign', 'create', '--list', 'Shops', '--template', 'Offer']
const createDryRun = [...createFromShops, '--dry-run', '--pace', 'none']

describe('herald campaign', () => {
  it('creates a campaign on the custom pace, with the numbers from Settings', async () => {
    expect((await herald('settings', 'set', 'pacing.minDelaySeconds', '25')).status).toBe(0)
    const base = [...createFromShops, '--dry-run']
    const created = await herald(...base, '--pace', 'custom', '--name', 'Custom pace', '--json')
    expect(created.status).toBe(0)
    const { id } = JSON.parse(created.out) as { id: number }
    const status = JSON.parse((await herald('campaign', 'status', String(id), '--json')).out) as {
      pacing: { preset: string; minDelaySeconds: number }
      warmUp: { day: number } | null
    }
    expect(status.pacing).toMatchObject({ preset: 'custom', minDelaySeconds: 25 })
    expect(status.warmUp).toMatchObject({ day: 1 })
    expect((await herald('campaign', 'status', String(id))).out).toMatch(/Warm-up\s+day 1 of 10: at most/)
  })

  it('refuses pace none without --dry-run, an unknown list, a bad rule', async () => {
    const base = createFromShops
    expect((await herald(...base, '--pace', 'none')).err).toMatch(/only allowed with --dry-run/)
    expect(
      (await herald('campaign', 'create', '--list', 'Nope', '--template', 'Offer', '--dry-run')).status,
    ).toBe(1)
    expect((await herald(...base, '--dry-run', '--variant-rule', 'split:A')).status).toBe(2)
    expect((await herald(...base, '--dry-run', '--variant-rule', 'split:A=50,C=50')).status).toBe(1)
    expect((await herald(...base, '--dry-run', '--pace', 'warp')).status).toBe(2)
    expect((await herald('campaign', 'run', 'x')).status).toBe(2)
    expect((await herald('campaign', 'status', '99')).status).toBe(1)
  })

  it('creates, runs to the end with a ledger, and reports the status with each message', async () => {
    const created = await herald(
      ...createDryRun,
      '--variant-rule',
      'field:website:empty:A:B',
      '--name',
      'Rehearsal',
      '--json',
    )
    expect(created.status).toBe(0)
    const { id } = JSON.parse(created.out) as { id: number }
    const ledger = path.join(temp.dir, 'ledger.jsonl')
    const run = await herald('campaign', 'run', String(id), '--dry-run-ledger', ledger)
    expect(run).toMatchObject({ status: 0 })
    // Without waiting, the rehearsal's recipients receive, read and answer before the run ends
    expect(run.out).toMatch(new RegExp(`^Campaign ${id} finished: (sent|delivered|read|replied) \\d+`))
    expect(run.err).toMatch(/\[#{30}\] 12\/12 completed/)
    expect(readLedger(ledger).map((l) => l.body.startsWith('Hello') || l.body.startsWith('Hi'))).toEqual(
      Array(12).fill(true),
    )
    const status = JSON.parse(
      (await herald('campaign', 'status', String(id), '--json', '--messages')).out,
    ) as {
      name: string
      status: string
      counts: Record<string, number>
      messages: { phone: string; status: string; category: string | null }[]
    }
    expect(status).toMatchObject({ name: 'Rehearsal', status: 'completed' })
    const { sent = 0, delivered = 0, read = 0, replied = 0 } = status.counts
    expect(sent + delivered + read + replied).toBe(12)
    expect(delivered + read + replied).toBeGreaterThan(0)
    expect(status.messages).toHaveLength(12)
    expect(status.messages[0]).toMatchObject({ phone: '+447911100000', category: null })
    expect(['sent', 'delivered', 'read', 'replied']).toContain(status.messages[0]!.status)
    expect((await herald('campaign', 'status', String(id))).out).toMatch(/Status\s+completed/)
    // Running a finished campaign again sends nothing.
    expect((await herald('campaign', 'run', String(id), '--dry-run-ledger', ledger)).status).toBe(0)
    expect(readLedger(ledger)).toHaveLength(12)
  })

  it('leaves out numbers messaged in the last --skip-recent days, and says how many', async () => {
    // The dry run above sent to all 12 of Shops; a dry run counts earlier dry runs
    const base = createDryRun
    const capped = await herald(...base, '--skip-recent', '7')
    expect(capped.status).toBe(0)
    expect(capped.out).toMatch(/^\d+\n$/)
    expect(capped.err).toMatch(/Left out 12 contacts that got a Herald message in the last 7 days/)
    const counts = JSON.parse((await herald('campaign', 'status', capped.out.trim(), '--json')).out) as {
      counts: Record<string, number>
    }
    expect(counts.counts).toMatchObject({ queued: 0, skipped: 12 })
    // Off by default; the setting turns it on, --skip-recent 0 off again for one campaign
    expect(JSON.parse((await herald(...base, '--json')).out)).toMatchObject({ recentlyContacted: 0 })
    expect((await herald('settings', 'set', 'campaign.skipRecentDays', '3')).status).toBe(0)
    const bySetting = await herald(...base)
    expect(bySetting.err).toMatch(/Left out 12 contacts .* in the last 3 days/)
    expect(JSON.parse((await herald(...base, '--skip-recent', '0', '--json')).out)).toMatchObject({
      recentlyContacted: 0,
    })
    expect((await herald(...base, '--skip-recent', 'week')).status).toBe(2)
    expect((await herald(...base, '--skip-recent', '400')).err).toMatch(/from 0 to 365/)
    expect((await herald('campaign', '--help')).out + (await herald('campaign', '--help')).err).toMatch(
      /--skip-recent DAYS/,
    )
  })

  it('checks the failure rate', async () => {
    expect((await herald('campaign', 'run', '1', '--dry-run-failure-rate', '2')).status).toBe(2)
  })
})
