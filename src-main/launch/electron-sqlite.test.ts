import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../context.test-support'
import { ensureElectronSqlite } from './electron-sqlite'
import type { SqliteTools } from './electron-sqlite'

let root: string
let remove: () => void
let printed: string[]
const calls: string[] = []

beforeEach(() => {
  ;({ dir: root, remove } = tempDataDir('herald-sqlite-'))
  const pkg = path.join(root, 'node_modules', 'better-sqlite3')
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true })
  fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}')
  fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'built for Node')
  printed = []
  calls.length = 0
})
afterEach(() => remove())

/** What a tool puts where the module belongs: a stand-in binary saying who made it. */
function write(dir: string, made: string): boolean {
  fs.mkdirSync(path.join(dir, 'build', 'Release'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'build', 'Release', 'better_sqlite3.node'), made)
  return true
}

type Script = { download: 'ok' | 'fails' | 'wrong binary'; compile: 'ok' | 'fails' }

/** A downloader and a compiler that do what the script says; Electron loads only what they made for it. */
function tools(script: Script): SqliteTools {
  return {
    download: (dir, version) => {
      calls.push(`download ${version}`)
      if (script.download === 'fails') return false
      return write(
        dir,
        script.download === 'ok' ? `prebuilt for Electron ${version}` : 'prebuilt for Node 20',
      )
    },
    compile: (dir, version) => {
      calls.push(`compile ${version}`)
      return script.compile === 'ok' && write(dir, `compiled for Electron ${version}`)
    },
    loads: (binding) => {
      calls.push('load')
      return fs.readFileSync(binding, 'utf8').includes('for Electron')
    },
  }
}

const ensure = (script: Script): string | null =>
  ensureElectronSqlite(root, '45.4.1', (text) => printed.push(text), tools(script))

const contents = (binding: string | null): string => fs.readFileSync(binding ?? '', 'utf8')

describe('the database module for Electron', () => {
  it('takes the prebuilt binary when one downloads and loads, and never compiles', () => {
    const binding = ensure({ download: 'ok', compile: 'fails' })
    expect(contents(binding)).toBe('prebuilt for Electron 45.4.1')
    expect(binding).toBe(
      path.join(root, '.cache', 'electron-sqlite', '45.4.1', 'build', 'Release', 'better_sqlite3.node'),
    )
    expect(calls).toEqual(['download 45.4.1', 'load'])
    expect(printed.at(-1)).toBe('Downloaded the prebuilt database module.')
    // Node's own build, which the CLI and the tests use, is untouched
    expect(
      contents(path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
    ).toBe('built for Node')
  })

  it('compiles when no prebuilt binary can be downloaded, and says so', () => {
    const binding = ensure({ download: 'fails', compile: 'ok' })
    expect(contents(binding)).toBe('compiled for Electron 45.4.1')
    expect(calls).toEqual(['download 45.4.1', 'compile 45.4.1', 'load'])
    expect(printed).toContain('Built the database module for Electron.')
  })

  it('compiles when the downloaded binary does not load in Electron', () => {
    const binding = ensure({ download: 'wrong binary', compile: 'ok' })
    expect(contents(binding)).toBe('compiled for Electron 45.4.1')
    expect(calls).toEqual(['download 45.4.1', 'load', 'compile 45.4.1', 'load'])
  })

  it('neither works: no module, a message that says what building needs, and nothing half-made left', () => {
    expect(ensure({ download: 'fails', compile: 'fails' })).toBeNull()
    expect(printed.at(-1)).toMatch(/could not be downloaded .* nor built .*C\+\+ compiler/)
    expect(fs.readdirSync(path.join(root, '.cache', 'electron-sqlite'))).toEqual([])
    // The next start tries again, and a download that works then is used
    expect(contents(ensure({ download: 'ok', compile: 'fails' }))).toBe('prebuilt for Electron 45.4.1')
  })

  it('uses the module made at an earlier start without downloading or compiling again', () => {
    const first = ensure({ download: 'fails', compile: 'ok' })
    calls.length = 0
    printed = []
    expect(ensure({ download: 'fails', compile: 'fails' })).toBe(first)
    expect(calls).toEqual([])
    expect(printed).toEqual([])
  })
})
