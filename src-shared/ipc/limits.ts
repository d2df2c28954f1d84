import { maxImportBytes } from '../domain/contacts'

/**
 * The largest request either front accepts, in bytes of JSON: the largest import, base64, with a
 * megabyte to spare for the rest of the message. The WebSocket's `maxPayload`; Electron IPC measures it
 * with `exceedsRequestSize`.
 */
export const maxRequestBytes = Math.ceil(maxImportBytes / 3) * 4 + 1024 * 1024

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
