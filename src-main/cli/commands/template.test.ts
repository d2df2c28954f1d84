import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hugePng, samples } from '../../campaign/attachment-samples.test-support'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'

const temp = tempDataDir()
afterAll(() => temp.remove())

const herald = (...argv: string[]): Promise<Run> => runHerald(path.join(temp.dir, 'data'), ...argv)

const file = (name: string, bytes: Buffer): string => {
  const at = path.join(temp.dir, name)
  fs.writeFileSync(at, bytes)
  return at
}

describe('herald template add --attach', () => {
  it('saves the template with the image or PDF, checked by its content', async () => {
    const png = file('offer.png', samples.png)
    const saved = await herald('template', 'add', 'Offer', '--body', 'Hi {{name}}', '--attach', png)
    expect(saved).toMatchObject({ status: 0, err: '' })
    expect(saved.out).toBe(
      'Saved the template "Offer" (id 1, 1 variant(s), with the image “offer.png” (70 bytes)).\n',
    )
    const pdf = file('prices', samples.pdf)
    const json = await herald('template', 'add', 'Prices', '--body', 'Our prices', '--attach', pdf, '--json')
    expect(JSON.parse(json.out)).toMatchObject({
      id: 2,
      attachment: { name: 'prices.pdf', mime: 'application/pdf', bytes: samples.pdf.length },
    })
    const listed = JSON.parse((await herald('templates', '--json')).out) as { attachment: unknown }[]
    expect(listed.map((t) => t.attachment)).toMatchObject([{ name: 'offer.png' }, { name: 'prices.pdf' }])
    expect((await herald('templates')).out).toMatch(/Attachment.*\n.*offer\.png/)
    expect(fs.readdirSync(path.join(temp.dir, 'data', 'attachments'))).toHaveLength(2)
  })

  it('refuses, with 1 and one clear line, a missing file, a text file called .png and one over 16 MB', async () => {
    const rule = 'WhatsApp sends images (JPEG, PNG, WebP) and PDF files up to 16 MB; this file is'
    const cases: [string, string][] = [
      [path.join(temp.dir, 'gone.png'), `There is no file at ${path.join(temp.dir, 'gone.png')}.`],
      [file('logo.png', samples.text), `${rule} text, not a picture or a PDF.`],
      [file('poster.png', hugePng()), `${rule} 16.0 MB.`],
    ]
    for (const [attach, message] of cases) {
      const run = await herald('template', 'add', 'Refused', '--body', 'Hi', '--attach', attach)
      expect(run.status).toBe(1)
      expect(run.err).toContain(`herald: ${message}`)
      expect(run.err.trim().split('\n')).toHaveLength(1)
    }
    expect((await herald('template', 'add', 'Refused', '--body', 'Hi', '--attach', '')).status).toBe(2)
    const names = (JSON.parse((await herald('templates', '--json')).out) as { name: string }[]).map(
      (t) => t.name,
    )
    expect(names).not.toContain('Refused')
  })
})
