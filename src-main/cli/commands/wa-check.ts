import type { LinkTest } from '../../../src-shared/domain/link-test'
import type { AppContext } from '../../context'
import { diagnose } from '../../whatsapp/doctor'
import type { DoctorReport } from '../../whatsapp/doctor'
import { SessionFiles } from '../../whatsapp/session-files'
import type { CommandArgs } from '../command'
import type { CliIo } from '../io'
import { readyWithSavedLogin, withConnection } from './wa-connection'

const mark = { done: '✓', failed: '✗', waiting: '…', not_reached: '·' } as const
const seconds = (ms: number | null): string => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`)

/** One line per step that got somewhere, with its time from the start. */
function stepLines(test: LinkTest): string[] {
  const width = Math.max(...test.steps.map((s) => s.text.length))
  return test.steps
    .filter((s) => s.outcome !== 'not_reached')
    .map((s) => `  ${mark[s.outcome]} ${s.text.padEnd(width)}  ${seconds(s.ms)}`.trimEnd())
}

/** `herald wa test`: one message that proves the link, each step as it happens. */
export async function sendTest(
  ctx: AppContext,
  args: CommandArgs,
  io: CliIo,
  timeout: number,
): Promise<number> {
  const to = typeof args.values.to === 'string' ? args.values.to : undefined
  return withConnection(ctx, async (wa) => {
    const ready = await readyWithSavedLogin(wa, timeout)
    if (!ready.ready) {
      if (args.json) io.out(JSON.stringify({ sent: false, message: ready.why }))
      else io.err(`herald: ${ready.why}`)
      return 1
    }
    const shown = new Set<string>()
    const stop = ctx.events.subscribe((event, payload) => {
      if (event !== 'whatsapp:test-progress' || args.json) return
      for (const line of stepLines(payload as LinkTest)) {
        if (shown.has(line) || line.includes(mark.waiting)) continue
        shown.add(line)
        io.out(line)
      }
    })
    try {
      if (!args.json) io.out(`Sending a test message to ${to === undefined ? 'your own number' : to.trim()}…`)
      const test = await ctx.linkTest.run({ to })
      if (args.json) {
        io.out(JSON.stringify(test))
      } else {
        for (const line of stepLines(test)) if (!shown.has(line)) io.out(line)
        io.out(test.summary)
        if (test.advice) io.err(`herald: ${test.advice}`)
      }
      return test.status === 'succeeded' ? 0 : 1
    } finally {
      stop()
    }
  })
}

/** `herald wa doctor`: what a support request needs, without messages or contacts' numbers. */
export async function doctor(
  ctx: AppContext,
  args: CommandArgs,
  io: CliIo,
  timeout: number,
): Promise<number> {
  const files = new SessionFiles(ctx.paths.dataDir)
  const deps = {
    info: () => ctx.info(),
    browser: () => ctx.whatsapp.browser(),
    savedWebVersion: () => files.cachedWebVersion(),
    hasSavedSession: () => ctx.whatsapp.hasSavedSession(),
    testedAt: () => files.testedAt(),
    recentEvents: (limit: number) => ctx.appEvents.recent(limit),
    failuresSince: (since: string) => ctx.campaigns.failuresSince(since),
    now: () => ctx.clock.now(),
  }
  const report = await (args.values.connect === true
    ? withConnection(ctx, async (wa) => {
        const ready = await readyWithSavedLogin(wa, timeout)
        return diagnose(deps, {
          status: ready.state?.status ?? wa.state().status,
          problem: ready.ready ? null : ready.why,
          client: wa.client(),
        })
      })
    : diagnose(deps))
  io.out(args.json ? JSON.stringify(report, null, 2) : doctorText(report).join('\n'))
  return 0
}

function doctorText(r: DoctorReport): string[] {
  const unknown = 'unknown'
  const lines = [
    `Herald ${r.herald.version} (${r.herald.runtime}, ${r.herald.platform}, Node ${r.herald.node})`,
    r.browser.path
      ? `Browser: ${r.browser.path} (${r.browser.source === 'found' ? 'found automatically' : `from ${r.browser.source}`}) — ${r.browser.version ?? 'version unknown'}`
      : `Browser: none — ${r.browser.problem ?? unknown}`,
    `whatsapp-web.js: ${r.whatsappWebJs ?? unknown}`,
    `WhatsApp Web: ${r.whatsappWeb.loaded ? `${r.whatsappWeb.loaded} loaded` : 'not loaded (add --connect to load it)'}; saved copy ${r.whatsappWeb.saved ?? 'none yet'}`,
    `Login: ${r.login.saved ? 'saved on this computer' : 'not linked (herald wa login)'}${r.login.status ? `; now ${r.login.status.replace(/_/g, ' ')}` : ''}${r.login.problem ? ` — ${r.login.problem}` : ''}`,
    `Test message: ${r.testMessage.lastSuccessAt ? `last sent ${r.testMessage.lastSuccessAt}` : 'none on this login (herald wa test)'}`,
    '',
    r.recentProblems.length > 0 ? 'Latest problems:' : 'Latest problems: none',
    ...r.recentProblems.map((p) => `  ${p.at}  ${p.level.padEnd(5)}  ${p.kind}: ${p.message}`),
    '',
    r.failedMessages.length > 0 ? 'Failed messages, last 30 days:' : 'Failed messages, last 30 days: none',
    ...r.failedMessages.map((f) => `  ${String(f.count).padStart(5)}  ${f.label} (${f.category})`),
  ]
  return lines
}
