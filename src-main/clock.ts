/** Time for the engine: injected so that tests can run days of pacing in milliseconds. */
export type Clock = {
  now(): number
  /** Resolves after `ms`, or at once when the signal aborts (it never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve()
      const timer = setTimeout(done, Math.max(0, ms))
      function done(): void {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      signal?.addEventListener('abort', done, { once: true })
    }),
}

/**
 * A clock that reads `start` now and then runs at real speed: a test sees the time of day it means (inside
 * the sending window) whatever hour the machine's clock shows, and still waits for real.
 */
export function clockFrom(start: number, base: Clock = systemClock): Clock {
  const offset = start - base.now()
  return { now: () => base.now() + offset, sleep: (ms, signal) => base.sleep(ms, signal) }
}

type Sleeper = { at: number; seq: number; resolve: () => void }

/**
 * Simulated time for tests: whenever the process has nothing else to do, time jumps to the earliest
 * pending sleep and wakes it. A campaign paced over days runs in as long as its work takes.
 */
export class SimulatedClock implements Clock {
  private current: number
  private seq = 0
  private readonly sleepers: Sleeper[] = []
  private pumping = false

  constructor(start: number) {
    this.current = start
  }

  now(): number {
    return this.current
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve()
      const sleeper: Sleeper = { at: this.current + Math.max(0, ms), seq: this.seq++, resolve }
      const abort = (): void => {
        const index = this.sleepers.indexOf(sleeper)
        if (index >= 0) this.sleepers.splice(index, 1)
        resolve()
      }
      sleeper.resolve = () => {
        signal?.removeEventListener('abort', abort)
        resolve()
      }
      signal?.addEventListener('abort', abort, { once: true })
      this.sleepers.push(sleeper)
      this.schedulePump()
    })
  }

  /** Moves time forward by hand (for tests that check a moment between two wake-ups). */
  advance(ms: number): void {
    this.current += ms
  }

  private schedulePump(): void {
    if (this.pumping) return
    this.pumping = true
    // Two turns: promise chains woken by the last sleeper get to register their next sleep first.
    setImmediate(() => setImmediate(() => this.pump()))
  }

  private pump(): void {
    this.pumping = false
    this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq)
    const next = this.sleepers.shift()
    if (!next) return
    this.current = Math.max(this.current, next.at)
    next.resolve()
    if (this.sleepers.length > 0) this.schedulePump()
  }
}
