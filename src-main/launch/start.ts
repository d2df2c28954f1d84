import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { describeStartupError, runBrowserHost } from '../host/run-host'
import { resolveDataDir } from '../paths'
import { privateUmask } from '../private-files'
import { ensureElectron, findElectron } from './electron-binary'
import { ensureElectronSqlite, realSqliteTools } from './electron-sqlite'

const root = path.resolve(__dirname, '../..')
const print = (text: string): void => void process.stdout.write(`${text}\n`)

const noElectron =
  "Herald's desktop window needs Electron, and Electron's program is not on this computer: it is downloaded " +
  'from GitHub the first time Herald starts, and that download did not work here (no internet, or GitHub is ' +
  'blocked). Herald runs in your web browser instead — the same app, the same data folder, served only to this ' +
  'computer. To get the desktop window, run "npm start" again once GitHub can be reached.'

function build(): void {
  print('Building Herald…')
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error('The build failed; the messages above say why.')
}

function startElectron(executable: string, sqliteBinding: string): void {
  const child = spawn(executable, [root], {
    stdio: 'inherit',
    env: { ...process.env, HERALD_SQLITE_BINDING: sqliteBinding },
  })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
}

const port = Number(process.env.HERALD_PORT ?? 0)

async function startBrowserRun(): Promise<void> {
  const host = await runBrowserHost({
    dataDir: resolveDataDir(undefined),
    workspace: process.env.HERALD_WORKSPACE || undefined,
    port,
    open: !process.env.CI,
    console: false,
    print,
    processEvents: process,
  })
  const stop = (): void => void host.stop().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function main(): Promise<void> {
  build()
  // After the build, whose output in out/ stays readable as usual; Electron and the browser run inherit it,
  // so the first files Chromium writes in the data folder are private too.
  privateUmask()
  const electron = findElectron(root)
  const executable = electron ? ensureElectron(electron) : null
  if (electron && executable) {
    const tools = realSqliteTools(root, executable)
    const binding = ensureElectronSqlite(root, electron.version, print, tools)
    if (binding) return startElectron(executable, binding)
    print('Herald runs in your web browser instead: the same app, the same data folder.')
  } else {
    print(`\n${noElectron}\n`)
  }
  await startBrowserRun()
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error, port, 'the HERALD_DATA_DIR environment variable')}\n`)
  process.exit(1)
})
