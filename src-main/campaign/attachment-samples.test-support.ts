/** Small files of each kind an attachment can be, and some it cannot, told apart by their bytes. */
export const samples = {
  /** One transparent pixel. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(64, 7),
    Buffer.from([0xff, 0xd9]),
  ]),
  webp: Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x24, 0, 0, 0]),
    Buffer.from('WEBPVP8 '),
    Buffer.alloc(28),
  ]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  text: Buffer.from('Name,Phone\nAna,+44 7911 123456\n'),
  gif: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]),
}

/** A PNG just over WhatsApp's 16 MB. */
export function hugePng(): Buffer {
  const big = Buffer.alloc(16 * 1024 * 1024 + 1024)
  samples.png.copy(big)
  return big
}
