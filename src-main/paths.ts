import os from 'node:os'
import path from 'node:path'

export const productName = 'Herald'

export type DataPaths = { dataDir: string; databasePath: string; logFile: string }

export type Environment = { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; home: string }

export function hostEnvironment(): Environment {
  return { platform: process.platform, env: process.env, home: os.homedir() }
}

/**
 * The folder Electron gives the app as userData, so the CLI and the browser run share the app's data:
 * %APPDATA%\Herald, ~/Library/Application Support/Herald, or $XDG_CONFIG_HOME/Herald (~/.config/Herald).
 */
export function defaultDataDir(environment: Environment = hostEnvironment()): string {
  const { platform, env, home } = environment
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), productName)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', productName)
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), productName)
}

/** `--data-dir` first, then HERALD_DATA_DIR, then the app's own folder. */
export function resolveDataDir(
  flag: string | undefined,
  environment: Environment = hostEnvironment(),
): string {
  const chosen = flag ?? environment.env.HERALD_DATA_DIR
  return chosen ? path.resolve(chosen) : defaultDataDir(environment)
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    databasePath: path.join(dataDir, 'herald.db'),
    logFile: path.join(dataDir, 'logs', 'main.log'),
  }
}
