import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../context.test-support'
import { browserForStandIn, clientOverride } from './client-override'
import { problems } from './errors'

const options = {
  clientId: 'herald-1',
  dataPath: '/tmp/x',
  executablePath: '/c',
  webVersionCache: { type: 'none' as const },
}

describe('HERALD_WHATSAPP_CLIENT', () => {
  it('is ignored when unset, empty, or in a packaged build', () => {
    expect(clientOverride({}, false)).toBeNull()
    expect(clientOverride({ HERALD_WHATSAPP_CLIENT: '  ' }, false)).toBeNull()
    expect(
      clientOverride({ HERALD_WHATSAPP_CLIENT: 'src-main/whatsapp/rehearsal-client.ts' }, true),
    ).toBeNull()
  })

  it('builds the default export of a TypeScript module with Herald’s client options', async () => {
    const override = clientOverride(
      { HERALD_WHATSAPP_CLIENT: 'src-main/whatsapp/rehearsal-client.ts' },
      false,
    )
    expect(override?.module).toBe(path.resolve('src-main/whatsapp/rehearsal-client.ts'))
    const client = (await override!.factory(options)) as unknown as {
      constructor: { name: string }
      options: unknown
    }
    expect(client.constructor.name).toBe('RehearsalClient')
    expect(client.options).toEqual(options)
  })

  it('and of a JavaScript module', async () => {
    const temp = tempDataDir()
    try {
      const file = path.join(temp.dir, 'client.mjs')
      fs.writeFileSync(file, 'export default class Scripted { constructor(o) { this.given = o } }\n')
      const client = (await clientOverride({ HERALD_WHATSAPP_CLIENT: file }, false)!.factory(
        options,
      )) as unknown
      expect(client).toMatchObject({ given: options })
    } finally {
      temp.remove()
    }
  })

  it('says what is wrong with a module that has no class to use', async () => {
    const temp = tempDataDir()
    try {
      const file = path.join(temp.dir, 'empty.mjs')
      fs.writeFileSync(file, 'export const nothing = 1\n')
      await expect(clientOverride({ HERALD_WHATSAPP_CLIENT: file }, false)!.factory(options)).rejects.toThrow(
        `HERALD_WHATSAPP_CLIENT: ${file} has no default export class to use as the WhatsApp client.`,
      )
    } finally {
      temp.remove()
    }
  })

  it('needs no browser: on a computer without one, the stand-in is made all the same', () => {
    const none = browserForStandIn(() => ({ ok: false, problem: problems.noBrowser() }))
    expect(none('')).toEqual({ ok: true, path: '', source: 'environment' })
    const chrome = { ok: true as const, path: '/usr/bin/chromium', source: 'found' as const }
    expect(browserForStandIn(() => chrome)('')).toBe(chrome)
  })
})
