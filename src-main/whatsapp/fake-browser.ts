import type { WaBrowser } from './client'

/** A fake puppeteer browser: whether it still runs and whether someone had to kill it. */
export class FakeBrowser implements WaBrowser {
  running = true
  killedWith: NodeJS.Signals | null = null

  process(): { pid: number; kill(signal?: NodeJS.Signals): boolean } {
    return {
      pid: 424242,
      kill: (signal?: NodeJS.Signals) => {
        this.killedWith = signal ?? 'SIGTERM'
        this.running = false
        return true
      },
    }
  }

  isConnected(): boolean {
    return this.running
  }
}
