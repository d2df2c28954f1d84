import { hostToken } from './api'

/** Whether saved files can be downloaded here: in the browser run, which cannot show a file's folder. */
export const canDownload = hostToken !== null

/** The last part of a path, whichever separator the computer uses. */
export function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
}

/**
 * Downloads a file Herald saved in this run (an export, a backup) from the browser run's host. It is
 * fetched with the key and handed to the browser as a blob: a link carrying the key would be kept in the
 * browser's list of downloads. Throws with the host's words when it refuses.
 */
export async function downloadSavedFile(file: string): Promise<void> {
  if (hostToken === null)
    throw new Error('Downloads are for the browser run; here the file is on this computer.')
  const query = new URLSearchParams({ file, token: hostToken })
  let response: Response
  try {
    response = await fetch(`/download?${query.toString()}`, { cache: 'no-store' })
  } catch {
    throw new Error('Herald could not be reached. Check that it is still running, then try again.')
  }
  if (!response.ok) throw new Error((await response.text()) || `The download failed (${response.status}).`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName(file)
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has read the blob once the click is handled; a minute is ample on any computer
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
