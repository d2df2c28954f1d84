import { describe, expect, it } from 'vitest'
import { dataPaths, defaultDataDir, resolveDataDir } from './paths'

describe('data folder', () => {
  it('matches Electron’s userData folder on each system', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.config/Herald')
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ana' })).toBe(
      '/cfg/Herald',
    )
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Herald',
    )
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Herald')
  })

  it('prefers --data-dir, then HERALD_DATA_DIR', () => {
    const environment = {
      platform: 'linux' as const,
      env: { HERALD_DATA_DIR: '/env/dir' },
      home: '/home/ana',
    }
    expect(resolveDataDir('/flag/dir', environment)).toBe('/flag/dir')
    expect(resolveDataDir(undefined, environment)).toBe('/env/dir')
    expect(resolveDataDir(undefined, { ...environment, env: {} })).toBe('/home/ana/.config/Herald')
  })

  it('keeps the database and the log inside the data folder', () => {
    expect(dataPaths('/d')).toEqual({
      dataDir: '/d',
      databasePath: '/d/herald.db',
      logFile: '/d/logs/main.log',
    })
  })
})
