import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestSchemaVersion } from '../db/migrations'
import { tempDataDir } from '../context.test-support'
import type { CliIo } from './io'
import { runCli } from './run'
import { runHerald } from './commands/cli-harness.test-support'
import type { Run } from './commands/cli-harness.test-support'

let dir: string
let remove: () => void
beforeEach(() => {
  ;({ dir, remove } = tempDataDir())
})
afterEach(() => remove())

const herald = (...args: string[]): Promise<Run> => runHerald(dir, ...args)

describe('herald info', () => {
  it('prints the version, data folder, database and schema version', async () => {
    const { status, out } = await herald('info')
    expect(status).toBe(0)
    expect(out).toContain(`Data folder     ${dir}`)
    expect(out).toContain(path.join(dir, 'herald.db'))
    expect(out).toMatch(new RegExp(`Schema version\\s+${latestSchemaVersion}`))
  })

  it('prints one JSON object with --json', async () => {
    const { status, out } = await herald('info', '--json')
    expect(status).toBe(0)
    expect(JSON.parse(out)).toMatchObject({
      name: 'Herald',
      runtime: 'cli',
      dataDir: dir,
      databasePath: path.join(dir, 'herald.db'),
      schemaVersion: latestSchemaVersion,
    })
  })
})

describe('herald settings', () => {
  it('sets a value that the next run reads back', async () => {
    expect((await herald('settings', 'set', 'defaultCountry', 'gb')).status).toBe(0)
    expect((await herald('settings', 'get', 'defaultCountry')).out).toBe('GB\n')
    expect(JSON.parse((await herald('settings', 'get', 'defaultCountry', '--json')).out)).toEqual({
      key: 'defaultCountry',
      value: 'GB',
    })
  })

  it('fills a preset’s numbers and lists every setting', async () => {
    const set = await herald('settings', 'set', 'pacing.preset', 'normal')
    expect(set.out).toContain('pacing.dailyCap = 150')
    const all = JSON.parse((await herald('settings', '--json')).out) as Record<string, unknown>
    expect(all).toMatchObject({ 'pacing.preset': 'normal', 'pacing.dailyCap': 150 })
  })

  it('refuses a bad value with exit 1 and one line that says what to enter', async () => {
    const { status, out, err } = await herald('settings', 'set', 'pacing.dailyCap', 'lots')
    expect(status).toBe(1)
    expect(out).toBe('')
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/^herald: At most per day: Enter the daily limit as a whole number\./)
  })

  it('refuses an unknown setting with exit 1, listing the known ones', async () => {
    const { status, err } = await herald('settings', 'get', 'colour')
    expect(status).toBe(1)
    expect(err).toMatch(/Unknown setting "colour". Known settings: app.language, defaultCountry/)
  })

  it('resets to the defaults', async () => {
    await herald('settings', 'set', 'pacing.preset', 'fast')
    expect((await herald('settings', 'reset')).status).toBe(0)
    expect((await herald('settings', 'get', 'pacing.preset')).out).toBe('safe\n')
  })
})

describe('herald usage', () => {
  it('exits 2 with usage for an unknown command, a missing argument or an unknown flag', async () => {
    for (const args of [['launch'], ['settings', 'set', 'defaultCountry'], ['info', '--colour'], []]) {
      const { status, err } = await herald(...args)
      expect(status).toBe(2)
      expect(err).toMatch(/^herald: /)
      expect(err).toMatch(/Usage|herald settings/)
    }
  })

  it('finds the command after the options that come first', async () => {
    let out = ''
    const io: CliIo = { out: (t) => (out += `${t}\n`), err: () => undefined, env: {} }
    expect(await runCli(['--data-dir', dir, 'settings', 'get', 'defaultCountry', '--json'], io)).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ key: 'defaultCountry' })
  })

  it('prints help and exits 0', async () => {
    const { status, out } = await herald('--help')
    expect(status).toBe(0)
    expect(out).toMatch(/info\s+Show the version/)
  })

  it('names a database it cannot open and what to do, without a stack trace', async () => {
    fs.writeFileSync(path.join(dir, 'herald.db'), 'garbage that is not sqlite at all')
    const { status, err } = await herald('info')
    expect(status).toBe(1)
    expect(err).toContain(path.join(dir, 'herald.db'))
    expect(err).toMatch(/Restore a backup/)
    expect(err).not.toMatch(/\n\s+at /)
  })
})

describe('the herald program', () => {
  it('runs as a process: JSON on stdout, exit statuses 0, 1 and 2', () => {
    const run = (...args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'main.ts'), ...args], {
        env: { ...process.env, HERALD_DATA_DIR: dir },
        encoding: 'utf8',
      })
    const info = run('info', '--json')
    expect(info.status).toBe(0)
    expect(JSON.parse(String(info.stdout))).toMatchObject({ dataDir: dir })
    const bad = run('settings', 'set', 'pacing.minDelaySeconds', '1')
    expect(bad.status).toBe(1)
    expect(String(bad.stderr).trim().split('\n')).toHaveLength(1)
    expect(run('nonsense').status).toBe(2)
  })
})
