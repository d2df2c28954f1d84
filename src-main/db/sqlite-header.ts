import fs from 'node:fs'

export const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1')

/** The file's first bytes, as many as an SQLite header has (fewer when the file is shorter); fs's errors pass. */
export function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const head = Buffer.alloc(sqliteHeader.length)
    const read = fs.readSync(fd, head, 0, head.length, 0)
    return head.subarray(0, read)
  } finally {
    fs.closeSync(fd)
  }
}
