import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type ElectronInstall = { dir: string; version: string }

/** The Electron executable of this checkout, or null when its binary has not been downloaded. */
export function electronExecutable(install: ElectronInstall): string | null {
  const pathFile = path.join(install.dir, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const executable = path.join(install.dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(executable) ? executable : null
}

export function findElectron(root: string): ElectronInstall | null {
  const dir = path.join(root, 'node_modules', 'electron')
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
    return { dir, version: pkg.version }
  } catch {
    return null
  }
}

/**
 * Electron's package downloads nothing at `npm ci`; its binary is fetched here, once, quietly. Returns the executable, or null where the download is impossible (no internet, GitHub blocked).
 */
export function ensureElectron(install: ElectronInstall, timeoutMs = 180_000): string | null {
  const existing = electronExecutable(install)
  if (existing) return existing
  const env = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  delete env.npm_config_electron_skip_binary_download
  spawnSync(process.execPath, [path.join(install.dir, 'install.js')], {
    env,
    stdio: 'ignore',
    timeout: timeoutMs,
  })
  return electronExecutable(install)
}
