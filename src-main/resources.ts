import fs from 'node:fs'
import path from 'node:path'

/** A file shipped in resources/, from source (src-main/) or from the build (out/main/). */
export function resourcePath(name: string): string | null {
  const candidates = [
    path.resolve(__dirname, '../resources', name),
    path.resolve(__dirname, '../../resources', name),
  ]
  return candidates.find((file) => fs.existsSync(file)) ?? null
}
