/**
 * The file's bytes as base64, as the main process wants them ('import:open', 'templates:attach'). The
 * browser encodes off the main thread, so even a 50 MB file leaves the page responsive while it reads.
 */
export function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () =>
      reject(new Error('Herald could not read this file. Check that it is not open in another program.'))
    reader.readAsDataURL(file)
  })
}
