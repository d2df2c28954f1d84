import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, program)))
}

/** The command that opens a URL in the user's browser here, or null where there is none (a server, CI). */
export function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (platform === 'darwin') return ['open', []]
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""']]
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null
  return onPath('xdg-open', env) ? ['xdg-open', []] : null
}

/** Opens the URL in the system browser when one exists; says whether it tried. */
export function openInBrowser(url: string, platform = process.platform, env = process.env): boolean {
  const opener = browserOpener(platform, env)
  if (!opener) return false
  const child = spawn(opener[0], [...opener[1], url], { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
  return true
}
