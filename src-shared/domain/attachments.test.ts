import { describe, expect, it } from 'vitest'
import { sayIn } from '../i18n/wording'
import { attachmentProblem, attachmentProblemPhrase, formatFileSize, sniffAttachment } from './attachments'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

describe('attachments', () => {
  it('tells JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffAttachment(bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif'))).toBe('image/jpeg')
    expect(sniffAttachment(bytes([0x89], 'PNG', [13, 10, 26, 10], 'IHDR'))).toBe('image/png')
    expect(sniffAttachment(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp')
    expect(sniffAttachment(bytes('%PDF-1.7\n'))).toBe('application/pdf')
    expect(sniffAttachment(bytes([0xef, 0xbb, 0xbf], '\n%PDF-1.4'))).toBe('application/pdf')
    expect(sniffAttachment(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull()
    expect(sniffAttachment(bytes('PNG but not really'))).toBeNull()
  })

  it('says what a refused file is, after the rule', () => {
    const rule = 'WhatsApp sends images (JPEG, PNG, WebP) and PDF files up to 16 MB; this file is'
    expect(attachmentProblem(bytes('Hello, this is text\n'))).toBe(`${rule} text, not a picture or a PDF.`)
    expect(attachmentProblem(bytes('GIF89a', [1, 0, 1, 0]))).toBe(`${rule} a GIF animation.`)
    expect(attachmentProblem(bytes('PK', [3, 4, 20, 0]))).toBe(`${rule} a Word, Excel or zip file.`)
    expect(attachmentProblem(bytes([0, 0, 0, 24], 'ftypheic'))).toMatch(
      /iPhone photo \(HEIC\): save it as JPEG/,
    )
    expect(attachmentProblem(new Uint8Array())).toBe(`${rule} empty.`)
    expect(attachmentProblem(bytes([0x89], 'PNG', [13, 10, 26, 10]))).toBeNull()
  })

  it('refuses a file over 16 MB whatever it is, with its size', () => {
    const big = new Uint8Array(17 * 1024 * 1024)
    big.set([0xff, 0xd8, 0xff])
    expect(attachmentProblem(big)).toMatch(/up to 16 MB; this file is 17\.0 MB\.$/)
  })

  it('writes sizes in the units people know', () => {
    expect(formatFileSize(900)).toBe('900 bytes')
    expect(formatFileSize(340 * 1024)).toBe('340 KB')
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB')
    // Megabytes however many, ungrouped, as the English always wrote a disk's free space
    expect(formatFileSize(1000 * 1024 * 1024)).toBe('1000.0 MB')
  })

  it('carries a refused file’s size for each reader to word in its language', () => {
    const big = new Uint8Array(17 * 1024 * 1024 + 300 * 1024)
    big.set([0xff, 0xd8, 0xff])
    expect(sayIn('fr', attachmentProblemPhrase(big)!)).toMatch(/ 17,3\sMo\.$/)
    expect(sayIn('es', attachmentProblemPhrase(big)!)).toMatch(/ 17,3 MB\.$/)
  })
})
