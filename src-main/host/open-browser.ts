import { spawn as nodeSpawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The page that opens the browser run, in the data folder: the token never enters another program's argv. */
export const redirectFileName = 'open-herald.html'

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, program)))
}

/** The command that opens a URL in the user's browser here, or null where there is none (a server, CI). */
export function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (platform === 'darwin') return ['open', []]
  // Not `cmd /c start`: cmd would read &, ^ and | in a folder name as commands of its own.
  if (platform === 'win32') return ['explorer.exe', []]
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null
  return onPath('xdg-open', env) ? ['xdg-open', []] : null
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Writes, readable by its owner only, a page that sends the browser on to `url`, and returns its path. As
 * Jupyter does: a URL given to xdg-open/open/start sits in /proc/<pid>/cmdline for every user to read.
 */
export function writeRedirectFile(folder: string, url: string): string {
  const file = path.join(folder, redirectFileName)
  const href = escapeHtml(url)
  const page =
    '<!doctype html>\n<meta charset="utf-8">\n<meta name="referrer" content="no-referrer">\n' +
    `<meta http-equiv="refresh" content="0;url=${href}">\n<title>Herald</title>\n` +
    `<p><a href="${href}">Open Herald</a></p>\n`
  // Removed first so that the mode applies: writeFile keeps the mode of a file that is already there.
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, page, { mode: 0o600, flag: 'wx' })
  return file
}

export type OpenOptions = {
  platform?: NodeJS.Platform
  env?: NodeJS.ProcessEnv
  spawn?: typeof nodeSpawn
}

/**
 * Opens the URL in the system browser when one exists, through a redirect page written to `folder` (which
 * must be private to this user); says whether it tried.
 */
export function openInBrowser(url: string, folder: string, options: OpenOptions = {}): boolean {
  const platform = options.platform ?? process.platform
  const opener = browserOpener(platform, options.env ?? process.env)
  if (!opener) return false
  const file = writeRedirectFile(folder, url)
  // explorer.exe opens a file by its path; open and xdg-open take its file:// address.
  const page = platform === 'win32' ? file : pathToFileURL(file).href
  const spawn = options.spawn ?? nodeSpawn
  const child = spawn(opener[0], [...opener[1], page], { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
  return true
}
