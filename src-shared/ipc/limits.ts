/**
 * The largest request either front accepts, in bytes of JSON. No file travels in a request (the desktop app
 * names the file the user chose, the browser run's page sends it to the host's /upload), so the largest is a
 * column mapping of the widest sheet Excel allows (16,384 columns, under 1 MB), with room to spare. The
 * WebSocket's `maxPayload`; Electron IPC measures it with `exceedsRequestSize`.
 */
export const maxRequestBytes = 4 * 1024 * 1024

/**
 * Whether a structured-clone value would take more than `limit` characters as JSON, roughly: strings count
 * their length, binary its bytes, everything else a few characters. Walks without recursion and stops as
 * soon as the limit is passed, so a huge or cyclic value costs no more than the limit.
 */
export function exceedsRequestSize(value: unknown, limit: number = maxRequestBytes): boolean {
  let size = 0
  const pending: unknown[] = [value]
  const add = (chars: number, inner?: unknown): boolean => {
    size += chars
    if (inner !== undefined) pending.push(inner)
    return size > limit
  }
  while (pending.length > 0) {
    const item = pending.pop()
    if (typeof item === 'string') size += item.length + 2
    else if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer) size += item.byteLength
    else if (item instanceof Map || item instanceof Set) {
      for (const [key, inner] of item.entries()) if (add(2, key) || add(1, inner)) return true
    } else if (item !== null && typeof item === 'object') {
      size += 2
      for (const key in item) {
        if (add(key.length + 3, (item as Record<string, unknown>)[key])) return true
      }
    } else size += 8
    if (size > limit) return true
  }
  return false
}
