// The long crash drill: a 500-message dry-run campaign whose `herald campaign run` is SIGKILLed at random
// 200 times and resumed each time, then audited (no phone twice in the ledger, every sent message in it
// and vice versa, every message final, integrity_check ok). The suite runs the same drill with 20 kills.
// Run: npx tsx bench/crash.bench.ts   (CRASH_KILLS and CRASH_MESSAGES change the figures)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seededRandom } from '../src-shared/domain/random'
import { crashDrill } from '../src-main/campaign/crash-drill.test-support'

const kills = Number(process.env.CRASH_KILLS ?? 200)
const messages = Number(process.env.CRASH_MESSAGES ?? 500)
const seed = process.env.CRASH_SEED ?? `bench:${Date.now()}`

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-crash-bench-'))
  try {
    const f = await crashDrill({ dir, messages, kills, random: seededRandom(seed), root: process.cwd() })
    console.log(`seed                 ${seed}`)
    console.log(`kills / runs         ${f.kills} / ${f.runs}`)
    console.log(`messages / received  ${f.messages} / ${f.ledgerLines}`)
    console.log(`found sent on resume ${f.reconciledSent}`)
    console.log(`queued again         ${f.requeued}`)
    console.log(`uncertain            ${f.uncertain}`)
    console.log(
      `duration             ${(f.durationMs / 1000).toFixed(1)} s (${(f.durationMs / f.runs).toFixed(0)} ms a run)`,
    )
    if (f.problems.length > 0) {
      console.error(`FAILED: ${f.problems.length} problem(s)\n${f.problems.slice(0, 20).join('\n')}`)
      process.exitCode = 1
    } else console.log('OK: no message sent twice, none lost, database intact')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
