import fs from 'node:fs'
import path from 'node:path'

/**
 * A file shipped in resources/: found by walking up from this module, wherever the code runs from
 * (src-main/ from source, out/main/ or out/main/chunks/ once built).
 */
export function resourcePath(name: string): string | null {
  let dir = __dirname
  for (let depth = 0; depth < 4; depth++) {
    const file = path.join(dir, 'resources', name)
    if (fs.existsSync(file)) return file
    dir = path.dirname(dir)
  }
  return null
}
