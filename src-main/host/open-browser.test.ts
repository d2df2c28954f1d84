import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../context.test-support'
import { openInBrowser, redirectFileName } from './open-browser'
import type { OpenOptions } from './open-browser'

const url = 'http://127.0.0.1:4321/?token=SECRET-token_value-0123456789abc'

let folder: string
let remove: () => void
beforeEach(() => {
  const temp = tempDataDir()
  folder = temp.dir
  remove = temp.remove
})
afterEach(() => remove())

function fakeSpawn(): { spawn: OpenOptions['spawn']; calls: { command: string; args: string[] }[] } {
  const calls: { command: string; args: string[] }[] = []
  const spawn = ((command: string, args: string[]) => {
    calls.push({ command, args })
    return Object.assign(new EventEmitter(), { unref: () => undefined })
  }) as unknown as OpenOptions['spawn']
  return { spawn, calls }
}

describe('openInBrowser', () => {
  it.each<NodeJS.Platform>(['linux', 'darwin'])(
    'on %s passes the browser a private redirect file, never the token',
    (platform) => {
      const { spawn, calls } = fakeSpawn()
      const bin = path.join(folder, 'bin')
      fs.mkdirSync(bin)
      fs.writeFileSync(path.join(bin, 'xdg-open'), '')
      expect(openInBrowser(url, folder, { platform, env: { DISPLAY: ':0', PATH: bin }, spawn })).toBe(true)
      expect(calls).toHaveLength(1)
      const call = calls[0] ?? { command: '', args: [] }
      expect([call.command, ...call.args].join(' ')).not.toContain('SECRET')
      const page = call.args.at(-1) ?? ''
      expect(page).toMatch(/^file:\/\//)
      const file = fileURLToPath(page)
      expect(file).toBe(path.join(folder, redirectFileName))
      expect(fs.readFileSync(file, 'utf8')).toContain(`url=${url}`)
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    },
  )

  it('on Windows opens the redirect file with explorer, never through cmd, whatever the folder is called', () => {
    const { spawn, calls } = fakeSpawn()
    const oddFolder = path.join(folder, 'Ana & Co ^ | shop')
    fs.mkdirSync(oddFolder)
    expect(openInBrowser(url, oddFolder, { platform: 'win32', env: {}, spawn })).toBe(true)
    expect(calls).toEqual([{ command: 'explorer.exe', args: [path.join(oddFolder, redirectFileName)] }])
    expect(fs.readFileSync(path.join(oddFolder, redirectFileName), 'utf8')).toContain(`url=${url}`)
  })

  it('makes a redirect file left open by an earlier run private again', () => {
    const file = path.join(folder, redirectFileName)
    fs.writeFileSync(file, 'old', { mode: 0o644 })
    fs.chmodSync(file, 0o644)
    const { spawn } = fakeSpawn()
    openInBrowser(url, folder, { platform: 'darwin', env: {}, spawn })
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(file, 'utf8')).toContain(url)
  })

  it('does nothing where there is no browser to open', () => {
    const { spawn, calls } = fakeSpawn()
    expect(openInBrowser(url, folder, { platform: 'linux', env: { PATH: '' }, spawn })).toBe(false)
    expect(calls).toHaveLength(0)
    expect(fs.existsSync(path.join(folder, redirectFileName))).toBe(false)
  })
})
