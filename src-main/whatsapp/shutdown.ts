import type { WaClient } from './client'

const pause = (ms: number): Promise<'late'> =>
  new Promise((resolve) => setTimeout(() => resolve('late'), ms).unref?.())

/** Kills the browser behind a client outright; true when there was one to kill. */
export function killBrowser(client: WaClient): boolean {
  try {
    const child = client.pupBrowser?.process()
    if (!child) return false
    return child.kill('SIGKILL')
  } catch {
    return false
  }
}

/**
 * Closes a client and its browser, whatever state they are in: `destroy()` first, and when that fails
 * or hangs past `timeoutMs`, the browser process is killed. Never throws.
 */
export async function shutDownClient(
  client: WaClient,
  timeoutMs: number,
  onProblem: (what: string, error?: unknown) => void = () => undefined,
): Promise<void> {
  let destroyed: boolean
  try {
    destroyed =
      (await Promise.race([client.destroy().then(() => 'done' as const), pause(timeoutMs)])) === 'done'
    if (!destroyed) onProblem(`Closing the browser took over ${timeoutMs} ms`)
  } catch (error) {
    destroyed = false
    onProblem('Closing the browser failed', error)
  }
  if (!destroyed && killBrowser(client)) onProblem('Killed the browser process')
}

/**
 * Closes a client whose `initialize()` may still be running: the browser can finish launching after a
 * first destroy (puppeteer's launch was in flight), so it waits for initialize to settle, briefly, and
 * closes again.
 */
export async function shutDownStarting(
  client: WaClient,
  initializing: Promise<unknown>,
  timeoutMs: number,
  onProblem?: (what: string, error?: unknown) => void,
): Promise<void> {
  await shutDownClient(client, timeoutMs, onProblem)
  await Promise.race([initializing.then(noop, noop), pause(timeoutMs)])
  await shutDownClient(client, timeoutMs, onProblem)
}

function noop(): void {}

const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
type GuardedSignal = keyof typeof exitCodes

/**
 * While a browser runs, a Ctrl+C, SIGTERM or SIGHUP that nobody else handles kills it and ends the
 * process the way the signal would have. The browser runs in its own process group, so without this
 * it would outlive Herald. When Herald handles the signal itself (the browser run, `campaign run`,
 * `wa login`), this stays out of the way and the graceful shutdown closes the browser.
 */
export function guardSignals(kill: () => void): () => void {
  const handlers = (Object.keys(exitCodes) as GuardedSignal[]).map((signal) => {
    const handler = (): void => {
      if (process.listenerCount(signal) > 1) return
      kill()
      process.exit(exitCodes[signal])
    }
    // First in line, so that listeners added with once() still count (they remove themselves when called).
    process.prependListener(signal, handler)
    return { signal, handler }
  })
  return () => {
    for (const { signal, handler } of handlers) process.off(signal, handler)
  }
}
