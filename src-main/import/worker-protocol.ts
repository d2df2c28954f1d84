import type {
  ColumnRole,
  ImportAnalysis,
  ImportProgress,
  RowPage,
  SheetInfo,
} from '../../src-shared/domain/contacts'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { PhoneResult } from './phone'

export type RowFilter = 'valid' | 'invalid' | 'duplicate' | 'opted_out' | 'repaired'

/** What the main process asks of an import worker; each request has an id, answered once. */
export type WorkerRequest =
  | { id: number; type: 'open'; fileName: string; bytes: Uint8Array }
  | {
      id: number
      type: 'analyze'
      sheet: string
      country: string
      roles?: { index: number; role: ColumnRole }[]
      optOuts: string[]
    }
  | { id: number; type: 'rows'; verdict?: RowFilter; offset: number; limit: number }
  /** Answered once the worker is loaded and listening (with `helper`, its helper too). */
  | { id: number; type: 'ping'; helper?: boolean }
  /** To the import worker's helper: check these numbers (answered with a PhoneResult each). */
  | { id: number; type: 'phones'; country: string; raws: string[] }

export type OpenResult = { sheets: SheetInfo[]; defaultSheet: string }
export type AnalyzeResult = Omit<ImportAnalysis, 'sessionId' | 'sheet' | 'country'>

export type WorkerResponse =
  | { id: number; type: 'result'; value: OpenResult | AnalyzeResult | RowPage | PhoneResult[] | null }
  /** `phrase` is set for a refusal the user can act on (ImportFileError); without it, a bug. */
  | { id: number; type: 'error'; message: string; phrase: Phrase | null }
  | { id: number; type: 'progress'; phase: ImportProgress['phase']; percent: number; messagePhrase: Phrase }
