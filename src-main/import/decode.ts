const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le')
// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 controls, so that range is mapped here
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Excel's "CSV" on Windows is saved in the ANSI code page: Windows-1252 in Western Europe and the Americas. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = []
  const chunk = 8192
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b < 0xa0 ? cp1252High.charCodeAt(b - 0x80) : b,
    )
    chars.push(String.fromCharCode(...codes))
  }
  return chars.join('')
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** Text in Latin scripts saved as UTF-16 without a BOM has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const pairs = Math.min(bytes.length, 4096) >> 1
  if (pairs < 2) return null
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++
    if (bytes[2 * i + 1] === 0) oddNuls++
  }
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le'
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be'
  return null
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length & ~1)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0
    swapped[i + 1] = bytes[i] ?? 0
  }
  return utf16le.decode(swapped)
}

function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
  if (encoding === 'utf-16le') return utf16le.decode(bytes)
  if (encoding === 'utf-16be') return decodeUtf16be(bytes)
  try {
    return utf8.decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

/**
 * Turns the bytes of a text file into a string, whatever the program that saved it chose: UTF-8 with or
 * without a BOM, UTF-16 either way round (with a BOM, or recognised by its NUL bytes), or Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  const bom = bomOf(bytes)
  if (bom) return decodeAs(bom.encoding, bytes.subarray(bom.length))
  return decodeAs(sniffUtf16(bytes) ?? 'utf-8', bytes)
}
