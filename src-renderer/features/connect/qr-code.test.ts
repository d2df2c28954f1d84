import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrImageSource } from './qr-code'

const svgOf = (source: string): string => decodeURIComponent(source.slice(source.indexOf(',') + 1))

// A real WhatsApp Web code is a long comma-separated string like this one.
const whatsAppText =
  '2@Q9z3Yk1r0b8mN4VvWc7sJqkK1xkYp0d+gH7nR2a5tLmE3cU6fQ8wZ4,' +
  'hK2pXb7Yq9cV1mN3sD5fG7jL0zX4cV6bN8mQ1wE3rT5=,Yf3kL9pQ2wE4rT6yU8iO0pA1sD3fG5hJ7kL9zX1cV3bN5=,AQ=='

describe('qrImageSource', () => {
  it('draws the text as a sharp SVG image the page policy allows', async () => {
    const source = await qrImageSource(whatsAppText)
    expect(source.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    const svg = svgOf(source)
    expect(svg).toContain('<svg')
    expect(svg).toContain('shape-rendering="crispEdges"')
  })

  it('encodes exactly the text it was given, so a refreshed code draws a new image', async () => {
    const size = QRCode.create(whatsAppText, { errorCorrectionLevel: 'M' }).modules.size
    const svg = svgOf(await qrImageSource(whatsAppText))
    // The view box is the code's modules plus the two-module quiet zone on each side.
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`)
    const refreshed = await qrImageSource(whatsAppText.replace('2@Q9', '2@R8'))
    expect(refreshed).not.toBe(await qrImageSource(whatsAppText))
  })
})
