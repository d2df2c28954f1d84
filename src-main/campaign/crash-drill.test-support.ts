import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { runCli } from '../cli/run'
import type { CliIo } from '../cli/io'
import { readDrillSnapshot } from '../db/drill-audit.test-support'
import { readLedger } from '../transport/dry-run'

// Shared by the crash test (src-main/campaign/crash.test.ts) and its long version (bench/crash.bench.ts):
// a real `herald campaign run` child process, SIGKILLed at random moments and resumed, then audited.

export type DrillOptions = {
  dir: string
  messages: number
  kills: number
  random: () => number
  root: string
}

export type DrillFigures = {
  kills: number
  runs: number
  messages: number
  ledgerLines: number
  uncertain: number
  reconciledSent: number
  requeued: number
  durationMs: number
  problems: string[]
}

const sentStatuses = ['sent', 'delivered', 'read', 'replied']

async function herald(dir: string, ...argv: string[]): Promise<string> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: {} }
  const status = await runCli([...argv, '--data-dir', path.join(dir, 'data')], io)
  if (status !== 0) throw new Error(`herald ${argv.join(' ')} failed (${status}): ${err}`)
  return out
}

/** A list of `count` contacts, a template and a dry-run campaign at pace none; returns the campaign id. */
export async function prepareDrill(dir: string, count: number): Promise<string> {
  const csv = ['Name,Phone,Website']
  for (let i = 0; i < count; i += 1)
    csv.push(`Shop ${i},+447911${String(100000 + i)},${i % 2 ? `shop${i}.example` : ''}`)
  fs.writeFileSync(path.join(dir, 'contacts.csv'), `${csv.join('\n')}\n`)
  await herald(dir, 'import', path.join(dir, 'contacts.csv'), '--save', 'Drill', '--country', 'GB')
  await herald(dir, 'template', 'add', 'Drill', '--body', 'Hi {{name}}, {see|visit} {{website|our site}}')
  const out = await herald(
    dir,
    'campaign',
    'create',
    '--list',
    'Drill',
    '--template',
    'Drill',
    '--pace',
    'none',
    '--dry-run',
    '--json',
  )
  return String((JSON.parse(out) as { id: number }).id)
}

function ledgerLines(file: string): number {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').length - 1
  } catch {
    return 0
  }
}

type ChildRun = { killed: boolean; startupMs: number | null }

/**
 * One child run, SIGKILLed once the ledger has grown by `kill.lines` lines, or `kill.ms` after it was
 * spawned; `startupMs` is how long it took to send its first message.
 */
function runChild(
  o: DrillOptions,
  id: string,
  ledger: string,
  kill: { lines?: number; ms?: number },
): Promise<ChildRun> {
  const spawned = Date.now()
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'campaign',
      'run',
      id,
      '--dry-run-ledger',
      ledger,
      '--data-dir',
      path.join(o.dir, 'data'),
    ],
    { cwd: o.root, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const base = ledgerLines(ledger)
  const run: ChildRun = { killed: false, startupMs: null }
  const killNow = (): void => {
    if (!run.killed && child.exitCode === null) run.killed = child.kill('SIGKILL')
  }
  const timer = kill.ms === undefined ? undefined : setTimeout(killNow, kill.ms)
  const poll = setInterval(() => {
    const grown = ledgerLines(ledger) - base
    if (grown > 0) run.startupMs ??= Date.now() - spawned
    if (kill.lines !== undefined && grown >= kill.lines) killNow()
  }, 1)
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(poll)
      clearTimeout(timer)
      if (run.killed || code === 0) resolve(run)
      else reject(new Error(`herald campaign run exited with ${code}: ${stderr}`))
    })
  })
}

const sentAgain = 'Checked after an interruption: it had been sent'
const notSent = 'Checked after an interruption: it had not left'

/** Reads the database and the ledger after the drill, and lists every broken promise. */
function audit(dbFile: string, ledger: string, figures: DrillFigures): void {
  const snapshot = readDrillSnapshot(dbFile, [sentAgain, notSent])
  const lines = readLedger(ledger)
  figures.ledgerLines = lines.length
  const phones = new Set<string>()
  for (const line of lines) {
    if (phones.has(line.phone)) figures.problems.push(`${line.phone} received the message twice`)
    phones.add(line.phone)
  }
  const inLedger = new Set(lines.map((l) => l.messageId))
  for (const m of snapshot.messages) {
    if (m.status === 'queued' || m.status === 'sending')
      figures.problems.push(`message ${m.id} is still ${m.status}`)
    if (m.category === 'uncertain') figures.uncertain += 1
    else if (sentStatuses.includes(m.status) && !inLedger.has(m.id))
      figures.problems.push(`message ${m.id} is ${m.status} but never arrived`)
    else if (!sentStatuses.includes(m.status) && inLedger.has(m.id))
      figures.problems.push(`message ${m.id} arrived but is ${m.status}`)
  }
  figures.reconciledSent = snapshot.eventsWith(sentAgain)
  figures.requeued = snapshot.eventsWith(notSent)
  if (snapshot.integrity !== 'ok') figures.problems.push(`integrity_check: ${snapshot.integrity}`)
  figures.messages = snapshot.messages.length
}

/** Kills and resumes the campaign `kills` times, lets it finish, and audits the outcome. */
export async function crashDrill(o: DrillOptions): Promise<DrillFigures> {
  const started = Date.now()
  const id = await prepareDrill(o.dir, o.messages)
  const ledger = path.join(o.dir, 'ledger.jsonl')
  const figures: DrillFigures = {
    kills: 0,
    runs: 0,
    messages: 0,
    ledgerLines: 0,
    uncertain: 0,
    reconciledSent: 0,
    requeued: 0,
    durationMs: 0,
    problems: [],
  }
  let finished = false
  let startupMs: number | null = null
  while (figures.kills < o.kills && !finished) {
    const remaining = o.messages - ledgerLines(ledger)
    const killsLeft = o.kills - figures.kills
    // Most kills land after a random number of new ledger lines, spread so that messages remain for the
    // last one; the others (and all of them once few messages are left) at a random moment of start-up.
    const duringStartup = o.random() < 0.15 || remaining <= killsLeft * 4
    const kill = duringStartup
      ? { ms: 20 + o.random() * (startupMs ?? 500) * 0.9 }
      : { lines: 1 + Math.floor(o.random() * Math.max(1, remaining / (2 * killsLeft))) }
    figures.runs += 1
    const run = await runChild(o, id, ledger, kill)
    if (run.startupMs !== null) startupMs = Math.min(startupMs ?? Infinity, run.startupMs)
    if (run.killed) figures.kills += 1
    else finished = true
  }
  if (!finished) {
    figures.runs += 1
    await runChild(o, id, ledger, {})
  }
  figures.durationMs = Date.now() - started
  audit(path.join(o.dir, 'data', 'herald.db'), ledger, figures)
  return figures
}
