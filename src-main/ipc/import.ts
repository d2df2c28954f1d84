import fs from 'node:fs'
import { AppError } from '../errors'
import type { ImportSessions } from '../import/session'
import { resourcePath } from '../resources'
import type { Handlers } from './dispatch'

type ImportChannels =
  'import:open' | 'import:open-sample' | 'import:analyze' | 'import:rows' | 'import:save' | 'import:close'

export const sampleFileName = 'sample-contacts.xlsx'

export function importHandlers(imports: ImportSessions): Pick<Handlers, ImportChannels> {
  return {
    'import:open': ({ fileName, data }) => imports.open(fileName, Buffer.from(data, 'base64')),
    'import:open-sample': () => {
      const file = resourcePath(sampleFileName)
      if (!file)
        throw new AppError('NOT_FOUND', 'The sample spreadsheet is missing from this copy of Herald.')
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
