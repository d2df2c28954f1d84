import fs from 'node:fs'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import type { ImportSessions } from '../import/session'
import { resourcePath } from '../resources'
import type { Handlers } from './dispatch'
import { spreadsheetKind } from './file-sources'
import type { FileSources } from './file-sources'

type ImportChannels =
  | 'import:open'
  | 'import:choose-file'
  | 'import:open-path'
  | 'import:open-sample'
  | 'import:analyze'
  | 'import:rows'
  | 'import:save'
  | 'import:close'

export const sampleFileName = 'sample-contacts.xlsx'

/** The spreadsheet reaches the import as a file the main process reads itself, never as bytes in a request. */
export function importHandlers(imports: ImportSessions, files: FileSources): Pick<Handlers, ImportChannels> {
  return {
    'import:open': async ({ uploadId }) => {
      const { name, bytes } = await files.uploaded(uploadId, spreadsheetKind)
      return imports.open(name, bytes)
    },
    'import:choose-file': async () => {
      const chosen = await files.chosen(spreadsheetKind)
      return chosen ? imports.open(chosen.name, chosen.bytes) : null
    },
    'import:open-path': async ({ path }) => {
      const { name, bytes } = await files.dropped(path, spreadsheetKind)
      return imports.open(name, bytes)
    },
    'import:open-sample': () => {
      const file = resourcePath(sampleFileName)
      if (!file) throw new AppError('NOT_FOUND', phrase('importing.file.sampleMissing'))
      return imports.open(sampleFileName, fs.readFileSync(file))
    },
    'import:analyze': ({ sessionId, ...options }) => imports.analyze(sessionId, options),
    'import:rows': ({ sessionId, ...filter }) => imports.rows(sessionId, filter),
    'import:save': ({ sessionId, name }) => imports.save(sessionId, name),
    'import:close': async ({ sessionId }) => {
      await imports.close(sessionId)
      return null
    },
  }
}
