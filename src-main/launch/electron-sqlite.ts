import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * better-sqlite3 is compiled for Node at `npm ci` (the CLI and the tests use that build). Electron has
 * another ABI, so a second copy is compiled for it into .cache/, once per Electron version, and the app is
 * told where it is. Neither build replaces the other, so `npm start` and `npm test` can alternate freely.
 */
export function ensureElectronSqlite(
  root: string,
  electronVersion: string,
  print: (text: string) => void,
): string | null {
  const target = path.join(root, '.cache', 'electron-sqlite', electronVersion)
  const binding = path.join(target, 'build', 'Release', 'better_sqlite3.node')
  if (fs.existsSync(binding)) return binding
  const gyp = process.env.npm_config_node_gyp
  if (!gyp) {
    print(
      'Cannot build the database module for Electron: start Herald with "npm start" so npm provides node-gyp.',
    )
    return null
  }
  print(`Building the database module for Electron ${electronVersion} (once; about a minute)…`)
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  fs.rmSync(target, { recursive: true, force: true })
  fs.cpSync(source, target, {
    recursive: true,
    filter: (file) => !file.startsWith(path.join(source, 'build')),
  })
  const result = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: target, stdio: 'inherit' },
  )
  return result.status === 0 && fs.existsSync(binding) ? binding : null
}
