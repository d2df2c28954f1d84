import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Desktop } from '../desktop'
import { browserOpener } from './open-browser'

export type BrowserDesktopOptions = {
  /** Swaps in a fresh context after a restore; nothing to do where no one is served (the CLI, tests). */
  onRelaunch?: () => void
  platform?: NodeJS.Platform
  env?: NodeJS.ProcessEnv
  /** Starts the file manager; the real one except in tests. */
  open?: (command: string, args: string[]) => void
}

/** `name.csv`, or `name (2).csv`, `name (3).csv`… : the first that is not taken in its folder. */
export function uniqueFile(proposed: string): string {
  const ext = path.extname(proposed)
  const stem = proposed.slice(0, proposed.length - ext.length)
  let candidate = proposed
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); n += 1) {
    candidate = `${stem} (${n})${ext}`
  }
  return candidate
}

function spawnDetached(command: string, args: string[]): void {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
}

/**
 * The browser run's desktop: a web page cannot show the main process's dialogs, so files are saved in
 * the data folder under a free name (the screen says where), and opening a backup means choosing one
 * of those listed. The page prints the PDF report itself.
 */
export function createBrowserDesktop(options: BrowserDesktopOptions = {}): Desktop {
  const open = options.open ?? spawnDetached
  return {
    chooseSaveFile: async ({ defaultPath }) => {
      await fs.promises.mkdir(path.dirname(defaultPath), { recursive: true })
      return uniqueFile(defaultPath)
    },
    chooseOpenFile: () => Promise.resolve(null),
    showInFolder: (file) => {
      const opener = browserOpener(options.platform ?? process.platform, options.env ?? process.env)
      if (!opener) return false
      open(opener[0], [...opener[1], path.dirname(file)])
      return true
    },
    relaunch: () => options.onRelaunch?.(),
  }
}
