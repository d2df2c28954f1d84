import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { phrase } from '../src-shared/i18n/phrase'
import { sayIn } from '../src-shared/i18n/wording'
import { readChosenFile } from './chosen-file'
import type { FileRule } from './chosen-file'
import { tempDataDir } from './context.test-support'

// "100 MB" for 100 bytes: the words of the spreadsheet's rule, with this test's small limit
const rule: FileRule = {
  maxBytes: 100,
  tooLarge: (name) => phrase('importing.file.tooLarge', { name, limit: 100 }),
}
let dir: string
let remove: () => void

beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-chosen-'))
})
afterEach(() => remove())

const write = (name: string, text: string): string => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

describe('readChosenFile', () => {
  it('reads an ordinary file within the limit, named by its own name', async () => {
    const file = write('shops.csv', 'Name,Phone\nAna,+44 7911 123456\n')
    const chosen = await readChosenFile(file, rule)
    expect(chosen.name).toBe('shops.csv')
    expect(chosen.bytes.toString('utf8')).toBe('Name,Phone\nAna,+44 7911 123456\n')
  })

  it('reads a file of exactly the limit, and refuses one byte more without reading it', async () => {
    expect((await readChosenFile(write('full.csv', 'x'.repeat(100)), rule)).bytes.length).toBe(100)
    await expect(readChosenFile(write('big.csv', 'x'.repeat(101)), rule)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'big.csv is larger than 100 MB. Split it into smaller files and import them one by one.',
      phrase: { key: 'importing.file.tooLarge', params: { name: 'big.csv', limit: 100 } },
    })
  })

  it('says why a file is refused in the window’s language, and in English for the command line', async () => {
    fs.mkdirSync(path.join(dir, 'Listas'))
    const refused = await readChosenFile(path.join(dir, 'Listas'), rule).catch((error: unknown) => error)
    expect(refused).toMatchObject({ message: 'Listas is a folder. Choose a file.' })
    const said = (refused as { phrase: Parameters<typeof sayIn>[1] }).phrase
    expect(sayIn('es', said)).toBe('Listas es una carpeta. Elige un archivo.')
  })

  it('refuses a folder, in words', async () => {
    fs.mkdirSync(path.join(dir, 'Contacts.xlsx'))
    await expect(readChosenFile(path.join(dir, 'Contacts.xlsx'), rule)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'Contacts.xlsx is a folder. Choose a file.',
    })
  })

  it('follows a link to the file it points at, and refuses a link to a folder', async () => {
    const target = write('real.csv', 'Name,Phone\n')
    fs.symlinkSync(target, path.join(dir, 'shortcut.csv'))
    const chosen = await readChosenFile(path.join(dir, 'shortcut.csv'), rule)
    expect(chosen).toMatchObject({ name: 'shortcut.csv' })
    expect(chosen.bytes.toString('utf8')).toBe('Name,Phone\n')
    fs.symlinkSync(dir, path.join(dir, 'folder-link.csv'))
    await expect(readChosenFile(path.join(dir, 'folder-link.csv'), rule)).rejects.toThrow(/is a folder/)
  })

  it('says a missing file, or a broken link, is no longer there', async () => {
    await expect(readChosenFile(path.join(dir, 'gone.csv'), rule)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'gone.csv is no longer there. Choose the file again.',
    })
    fs.symlinkSync(path.join(dir, 'nowhere.csv'), path.join(dir, 'broken.csv'))
    await expect(readChosenFile(path.join(dir, 'broken.csv'), rule)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a device and a named pipe, without waiting on it',
    async () => {
      await expect(readChosenFile('/dev/zero', rule)).rejects.toThrow(
        'zero is not an ordinary file. Choose a file.',
      )
      const pipe = path.join(dir, 'pipe.csv')
      execFileSync('mkfifo', [pipe])
      await expect(readChosenFile(pipe, rule)).rejects.toThrow('pipe.csv is not an ordinary file.')
    },
  )

  it('refuses a path that is not absolute: the page cannot point into Herald’s own folder', async () => {
    await expect(readChosenFile('herald.db', rule)).rejects.toMatchObject({ code: 'BAD_INPUT' })
  })

  it('uses the name it is given, for a file kept under another (an upload)', async () => {
    const file = write('4b0c.upload', 'Name\n')
    expect((await readChosenFile(file, rule, 'Shops – März.csv')).name).toBe('Shops – März.csv')
  })
})
