import { phrase, PhraseSchema } from '../../src-shared/i18n/phrase'
import { sayPhrase } from '../i18n/phrases'
import { api, hostToken } from './api'

/**
 * How a file the user chose or dropped reaches Herald, never as bytes in a request: the desktop app names
 * it by its path (the main process reads it), the browser run's page first sends it to the host.
 */
export type FileRef = { path: string } | { uploadId: string }

/** The desktop app, where Herald's own file dialog chooses files and a dropped file is named by its path. */
export const hasDesktopDialogs = typeof api.pathForFile === 'function'

const unreachable = (): string =>
  sayPhrase(
    phrase('importing.upload.unreachable'),
    'Herald could not be reached. Check that it is still running, then try again.',
  )
const notKept = (): string =>
  sayPhrase(phrase('importing.upload.notTaken'), 'Herald did not keep the file. Try again.')

/** The host's refusal in the window's language: its phrase rides in a header beside the English words. */
function refusal(request: XMLHttpRequest): string {
  const english = request.responseText || `Sending the file failed (${request.status}).`
  let said: unknown = null
  try {
    said = JSON.parse(request.getResponseHeader('Herald-Phrase') ?? 'null')
  } catch {
    // An answer without a readable phrase shows its English
  }
  const parsed = PhraseSchema.safeParse(said)
  if (parsed.success) return sayPhrase(parsed.data, english)
  if (request.responseText) return english
  return sayPhrase(phrase('importing.upload.failed', { status: request.status }), english)
}

/**
 * The browser run: streams the file to the host (`POST /upload`, with this run's key), which keeps it for the
 * request that claims its id. XMLHttpRequest rather than fetch, for the progress of the upload. Throws with
 * the host's words when it refuses.
 */
function upload(file: File, onProgress: (percent: number) => void): Promise<string> {
  if (hostToken === null) return Promise.reject(new Error(unreachable()))
  const query = new URLSearchParams({ token: hostToken, name: file.name })
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `/upload?${query.toString()}`)
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onerror = () => reject(new Error(unreachable()))
    request.onload = () => {
      if (request.status !== 200) {
        reject(new Error(refusal(request)))
        return
      }
      try {
        const { uploadId } = JSON.parse(request.responseText) as { uploadId?: unknown }
        if (typeof uploadId === 'string') resolve(uploadId)
        else reject(new Error(notKept()))
      } catch {
        reject(new Error(notKept()))
      }
    }
    request.send(file)
  })
}

/**
 * Where a chosen or dropped file is for Herald: its path in the desktop app, an upload in the browser run
 * (`onProgress` follows the upload, 0–100).
 */
export async function sendFile(
  file: File,
  onProgress: (percent: number) => void = () => undefined,
): Promise<FileRef> {
  if (api.pathForFile) {
    const path = api.pathForFile(file)
    if (!path) {
      const english = `${file.name} is not a file on this computer. Save it to a folder first.`
      throw new Error(sayPhrase(phrase('importing.upload.notOnComputer', { name: file.name }), english))
    }
    return { path }
  }
  return { uploadId: await upload(file, onProgress) }
}
