import fs from 'node:fs'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
}

export type StaticFile = { body: Buffer; contentType: string }

/** A file of the built renderer (served by the browser run and by the desktop's herald:// protocol); never anything outside its folder. */
export function readStatic(rendererDir: string, urlPath: string): StaticFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const file = path.resolve(rendererDir, relative)
  if (file !== rendererDir && !file.startsWith(rendererDir + path.sep)) return null
  try {
    const body = fs.readFileSync(file)
    return { body, contentType: contentTypes[path.extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}

/** Where the built renderer is: next to the built host (out/main → out/renderer) or in a checkout's out/. */
export function findRendererDir(candidates: string[]): string | null {
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null
}
