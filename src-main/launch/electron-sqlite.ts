import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The three ways to a database module for Electron; the real ones run programs, tests pass fakes. */
export type SqliteTools = {
  /** Fetches better-sqlite3's prebuilt binary for this Electron into `dir` (its own prebuild-install). */
  download(dir: string, electronVersion: string): boolean
  /** Compiles better-sqlite3 in `dir` for this Electron (node-gyp: needs Python and a C++ compiler). */
  compile(dir: string, electronVersion: string): boolean
  /** Whether Electron itself can load the module: a binary for another ABI or platform cannot. */
  loads(binding: string): boolean
}

const bindingIn = (dir: string): string => path.join(dir, 'build', 'Release', 'better_sqlite3.node')

/**
 * better-sqlite3 is compiled for Node at `npm ci` (the CLI and the tests use that build). Electron has
 * another ABI, so a second copy is made for it into .cache/, once per Electron version, and the app is
 * told where it is. Like @electron/rebuild: the prebuilt binary first (no compiler needed, which most
 * Windows and macOS users lack), compiled from source only when no prebuilt one comes or it does not
 * load. The copy is made aside and moved into place only once Electron has loaded it, so an interrupted
 * download never leaves a broken module behind. Neither build replaces the other, so `npm start` and
 * `npm test` can alternate freely.
 */
export function ensureElectronSqlite(
  root: string,
  electronVersion: string,
  print: (text: string) => void,
  tools: SqliteTools,
): string | null {
  const cache = path.join(root, '.cache', 'electron-sqlite')
  const target = path.join(cache, electronVersion)
  if (fs.existsSync(bindingIn(target))) return bindingIn(target)
  const staging = path.join(cache, `${electronVersion}.partial`)
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  const fresh = (): void => {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.cpSync(source, staging, {
      recursive: true,
      filter: (file) => !file.startsWith(path.join(source, 'build')),
    })
  }
  const usable = (): boolean => fs.existsSync(bindingIn(staging)) && tools.loads(bindingIn(staging))
  const settle = (): string => {
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(staging, target)
    return bindingIn(target)
  }

  print(`Getting the database module for Electron ${electronVersion} (once)…`)
  fresh()
  if (tools.download(staging, electronVersion) && usable()) {
    print('Downloaded the prebuilt database module.')
    return settle()
  }
  print('No prebuilt database module could be used: building it on this computer (about a minute)…')
  fresh()
  if (tools.compile(staging, electronVersion) && usable()) {
    print('Built the database module for Electron.')
    return settle()
  }
  fs.rmSync(staging, { recursive: true, force: true })
  print(
    'The database module could not be downloaded (no internet, or GitHub is blocked) nor built (building ' +
      'needs Python and a C++ compiler: on Windows "Desktop development with C++" of Visual Studio, on ' +
      'macOS "xcode-select --install").',
  )
  return null
}

function withoutNodedir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.npm_config_nodedir
  delete copy.NPM_CONFIG_NODEDIR
  return copy
}

/** The real tools: prebuild-install and node-gyp as npm provides them, and Electron as a plain Node. */
export function realSqliteTools(root: string, electron: string): SqliteTools {
  const quiet = { stdio: 'ignore', timeout: 180_000 } as const
  return {
    download: (dir, version) => {
      const prebuildInstall = path.join(root, 'node_modules', 'prebuild-install', 'bin.js')
      if (!fs.existsSync(prebuildInstall)) return false
      const args = [prebuildInstall, '--runtime=electron', `--target=${version}`, '--tag-prefix=v']
      const result = spawnSync(process.execPath, [...args, `--arch=${process.arch}`], { ...quiet, cwd: dir })
      return result.status === 0
    },
    compile: (dir, version) => {
      const gyp = process.env.npm_config_node_gyp
      if (!gyp) return false
      const result = spawnSync(
        process.execPath,
        [
          gyp,
          'rebuild',
          '--release',
          `--target=${version}`,
          '--runtime=electron',
          '--dist-url=https://electronjs.org/headers',
        ],
        // Node's own headers (nodedir) would build for Node's ABI again: Electron's come from dist-url
        { cwd: dir, stdio: 'inherit', timeout: 900_000, env: withoutNodedir(process.env) },
      )
      return result.status === 0
    },
    loads: (binding) => {
      const result = spawnSync(electron, ['-e', `require(${JSON.stringify(binding)})`], {
        ...quiet,
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      })
      return result.status === 0
    },
  }
}
