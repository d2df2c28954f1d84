import zlib from 'node:zlib'

/** Not for Herald's own reader: the caller falls back to SheetJS. */
export class Unsupported extends Error {}

type ZipEntry = { method: number; flags: number; size: number; offset: number }

// A string longer than V8 allows cannot be scanned anyway; SheetJS then says what it says.
const maxXmlBytes = 512 * 1024 * 1024

function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Unsupported('no end of central directory')
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || at === 0xffffffff) throw new Unsupported('ZIP64')
  const entries = new Map<string, ZipEntry>()
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new Unsupported('directory')
    const nameLength = bytes.readUInt16LE(at + 28)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    entries.set(name.toLowerCase(), {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      size: bytes.readUInt32LE(at + 20),
      offset: bytes.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
  }
  return entries
}

/** The parts of a ZIP (an .xlsx), read with Node's native inflate. */
export class Zip {
  private readonly entries: Map<string, ZipEntry>

  constructor(private readonly bytes: Buffer) {
    this.entries = zipEntries(bytes)
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase())
  }

  /** The part's text; null when the ZIP has no such part. */
  text(name: string): string | null {
    const entry = this.entries.get(name.toLowerCase())
    if (!entry) return null
    const { bytes } = this
    if (entry.flags & 1) throw new Unsupported('encrypted entry')
    const local = entry.offset
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw new Unsupported('entry')
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const raw = bytes.subarray(start, start + entry.size)
    let data: Buffer
    if (entry.method === 0) data = raw
    else if (entry.method === 8) data = zlib.inflateRawSync(raw, { maxOutputLength: maxXmlBytes })
    else throw new Unsupported('compression method')
    if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
      throw new Unsupported('UTF-16 XML')
    }
    const text = data.toString('utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  }
}
