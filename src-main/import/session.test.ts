import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src-shared/domain/contacts'
import { sayIn } from '../../src-shared/i18n/wording'
import type { AppContext } from '../context'
import { openTestContext, tempDataDir } from '../context.test-support'
import { ImportWorker } from './worker-client'

let ctx: AppContext
let remove: () => void
let progress: ImportProgress[]
beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  progress = []
  ctx.events.subscribe((event, payload) => {
    if (event === 'import:progress') progress.push(payload as ImportProgress)
  })
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

const csv = [
  'Customers 2026',
  '',
  'Nombre;Teléfono;Ciudad',
  'Ana;07911 123456;Leeds',
  'Ben;+44 7911 123457;York',
  'Ana again;447911123456;Leeds',
  'Cy;12345;Hull',
  'Di;07911 123458;Bath',
].join('\r\n')

describe('ImportSessions', () => {
  it('opens, analyses, pages and saves a list, reporting progress, without a half list left behind', async () => {
    ctx.optOuts.add('+447911123458', { reason: 'Asked to stop' })
    const opened = await ctx.imports.open('clientes.csv', Buffer.from(csv, 'utf8'))
    expect(opened.sheets).toHaveLength(1)
    const analysis = await ctx.imports.analyze(opened.sessionId, { country: 'GB' })
    expect(analysis.headerRow).toBe(3)
    expect(analysis.counts).toMatchObject({ total: 5, valid: 2, invalid: 1, duplicate: 1, opted_out: 1 })
    const invalid = await ctx.imports.rows(opened.sessionId, { verdict: 'invalid', offset: 0, limit: 10 })
    expect(invalid.rows).toEqual([expect.objectContaining({ row: 7, phoneRaw: '12345' })])
    const duplicates = await ctx.imports.rows(opened.sessionId, {
      verdict: 'duplicate',
      offset: 0,
      limit: 10,
    })
    expect(duplicates.rows[0]).toMatchObject({ row: 6, duplicateOf: 4, phone: '+447911123456' })
    const list = await ctx.imports.save(opened.sessionId, 'Clientes')
    expect(list).toMatchObject({
      name: 'Clientes',
      sourceFile: 'clientes.csv',
      counts: { total: 5, valid: 2 },
    })
    expect(list.fieldKeys).toContain('city')
    expect(ctx.lists.contacts(list.id, { offset: 0, limit: 10 }).total).toBe(5)
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'parsing', 'saving']))
    await expect(ctx.imports.rows(opened.sessionId, { offset: 0, limit: 1 })).rejects.toThrow(
      /no longer open/,
    )
  })

  it('keeps each saved contact’s reason as a phrase, for the window to say in its language', async () => {
    const opened = await ctx.imports.open('clientes.csv', Buffer.from(csv, 'utf8'))
    await ctx.imports.analyze(opened.sessionId, { country: 'GB' })
    const list = await ctx.imports.save(opened.sessionId, 'Clientes')
    const [invalid] = ctx.lists.contacts(list.id, { verdict: 'invalid', offset: 0, limit: 10 }).rows
    expect(invalid).toMatchObject({ row: 7, reason: 'Too short to be a phone number' })
    expect(invalid?.reasonPhrase && sayIn('es', invalid.reasonPhrase)).toBe(
      'Demasiado corto para ser un número de teléfono',
    )
    // A contact that opted out since the import reads so, in any language
    ctx.optOuts.add('+447911123457')
    const [since] = ctx.lists.contacts(list.id, { verdict: 'opted_out', offset: 0, limit: 10 }).rows
    expect(since).toMatchObject({ row: 5, reason: 'Asked not to receive messages' })
    expect(since?.reasonPhrase && sayIn('ar', since.reasonPhrase)).toBe('طلب ألا تصله رسائل')
    const said = progress
      .filter((p) => p.messagePhrase)
      .map((p) => p.messagePhrase && sayIn('es', p.messagePhrase))
    expect(said).toEqual(expect.arrayContaining(['Abriendo clientes.csv…', 'Guardando la lista…']))
  })

  it('says why a file cannot be read in the window’s language, from the worker’s thread', async () => {
    const failure = await ctx.imports
      .open('photo.xlsx', Buffer.from([0x50, 0x4b, 0x05, 0x06, 1, 2, 3]))
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({
      code: 'BAD_INPUT',
      message: /^This file is not a spreadsheet Herald can read/,
    })
    const said = (failure as { phrase?: Parameters<typeof sayIn>[1] }).phrase
    expect(said && sayIn('es', said)).toMatch(/^Este archivo no es una hoja de cálculo que Herald pueda leer/)
  })

  it('names the sheets there are when asked for one that is not', async () => {
    const opened = await ctx.imports.open('a.csv', Buffer.from('Name,Phone\nAna,+447911123456\n'))
    await expect(ctx.imports.analyze(opened.sessionId, { sheet: 'Nope' })).rejects.toThrow(/Its sheets: "/)
  })

  it('refuses to save a sheet without phone numbers, with what to do', async () => {
    const opened = await ctx.imports.open(
      'notes.csv',
      Buffer.from('Note,Owner\nCall back,Ana\nOrder more,Ben\n'),
    )
    const analysis = await ctx.imports.analyze(opened.sessionId, { country: 'GB' })
    expect(analysis.problem).toMatch(/phone/)
    await expect(ctx.imports.save(opened.sessionId, 'Notes')).rejects.toThrow(/phone/)
    expect(ctx.lists.list()).toEqual([])
  })

  it('stops a worker that takes longer than its time limit and says what to do', async () => {
    const worker = new ImportWorker(() => undefined)
    const rows = Array.from({ length: 50_000 }, (_, i) => `Shop ${i},+4479111${String(i).padStart(5, '0')}`)
    const bytes = new Uint8Array(Buffer.from(`Name,Phone\n${rows.join('\n')}`))
    await expect(worker.request({ type: 'open', fileName: 'big.csv', bytes }, 0.001)).rejects.toThrow(
      /took longer than 0.001 seconds.*split it/,
    )
    await expect(worker.request({ type: 'rows', offset: 0, limit: 1 }, 5)).rejects.toThrow(/took longer/)
  })

  it('checks a big file’s numbers on two threads with the same verdicts as one, from a worker kept ready', async () => {
    await ctx.imports.warmUp()
    // 12,000 rows and over 512 KB: the numbers are split between the import worker and its helper
    const lines = ['Name,Phone,Notes']
    for (let i = 0; i < 12_000; i++) {
      const phone = i % 7 === 0 ? 'call me' : i % 11 === 0 ? '07911 100000' : `07911 ${String(100001 + i)}`
      lines.push(`Shop ${i},${phone},${'x'.repeat(40)}`)
    }
    const file = Buffer.from(lines.join('\n'), 'utf8')
    expect(file.byteLength).toBeGreaterThan(512 * 1024)
    const opened = await ctx.imports.open('big.csv', file)
    const analysis = await ctx.imports.analyze(opened.sessionId, { country: 'GB' })
    const sevenths = Math.ceil(12_000 / 7)
    const elevenths = Array.from({ length: 12_000 }, (_, i) => i).filter((i) => i % 11 === 0 && i % 7 !== 0)
    expect(analysis.counts).toMatchObject({
      total: 12_000,
      invalid: sevenths,
      // the first "07911 100000" is valid, every later one a duplicate of it
      duplicate: elevenths.length - 1,
      valid: 12_000 - sevenths - (elevenths.length - 1),
    })
    const duplicates = await ctx.imports.rows(opened.sessionId, { verdict: 'duplicate', offset: 0, limit: 1 })
    expect(duplicates.rows[0]).toMatchObject({ phone: '+447911100000', duplicateOf: 2 + elevenths[0]! })
    // Both halves were checked: the last row's number is as valid as the first's
    const last = await ctx.imports.rows(opened.sessionId, { offset: 11_999, limit: 1 })
    expect(last.rows[0]).toMatchObject({ verdict: 'valid', phone: '+447911112000' })
    await ctx.imports.close(opened.sessionId)
  })
})
