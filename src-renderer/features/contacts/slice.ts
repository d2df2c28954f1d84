import type { StateCreator } from 'zustand'
import type {
  ColumnRole,
  ContactList,
  ImportAnalysis,
  ImportOpened,
  ImportProgress,
} from '../../../src-shared/domain/contacts'
import { phrase } from '../../../src-shared/i18n/phrase'
import type { Result } from '../../../src-shared/ipc/result'
import { wordFailure } from '../../i18n/phrases'
import { api } from '../../lib/api'
import type { Loadable } from '../../state/app-slice'
import type { Store } from '../../state/store'
import { loadWhole } from '../../state/whole-lists'

export type AnalyzeOptions = {
  sheet?: string
  country?: string
  roles?: { index: number; role: ColumnRole }[]
}

export type ImportBusy = 'opening' | 'analysing' | 'saving' | null

/**
 * The file to import: the sample, one to pick in the desktop's own dialog, one dropped on the desktop
 * app's window (its path), or one the browser run's page sent to the host (its upload id).
 */
export type ImportSource = 'sample' | 'choose' | { path: string } | { uploadId: string }

/** The wizard's steps: choose the file, the sheet and columns, check the rows, save. */
export type ImportStep = 1 | 2 | 3 | 4

export type ContactsSlice = {
  lists: ContactList[]
  listsStatus: Loadable
  listsError: string | null
  /** Go up on 'lists:changed' (for all lists, or for one), so an open list page knows to read it again. */
  listsRevision: number
  listRevisions: Record<number, number>
  /**
   * The import being prepared in the wizard; Herald holds the parsed file until it is saved or closed (or
   * left idle for 30 minutes). Leaving the wizard keeps it, with the step and the choices, until the user
   * cancels it.
   */
  importOpened: ImportOpened | null
  importAnalysis: ImportAnalysis | null
  importProgress: ImportProgress | null
  importBusy: ImportBusy
  importStep: ImportStep
  /**
   * The file name of the import the user came back to that is gone (Herald let go of a file left idle),
   * until they go on; the wizard says so.
   */
  importLost: string | null
  /** What the user last asked for; shown at once, before Herald's analysis of it comes back. */
  importChoice: AnalyzeOptions
  loadLists: () => Promise<void>
  deleteList: (listId: number) => Promise<Result<null>>
  noteListsChanged: (listId: number | null) => void
  /** Null when the desktop's dialog was cancelled. */
  openImport: (source: ImportSource) => Promise<Result<ImportOpened | null>>
  analyzeImport: (options: AnalyzeOptions) => Promise<Result<ImportAnalysis> | null>
  saveImport: (name: string) => Promise<Result<ContactList>>
  closeImport: () => void
  setImportProgress: (progress: ImportProgress) => void
  setImportStep: (step: ImportStep) => void
  /** On coming back to the wizard: checks that Herald still holds the file (and keeps it from going idle). */
  checkImport: () => Promise<void>
}

type SetState = Parameters<StateCreator<Store, [], [], ContactsSlice>>[0]
type GetState = Parameters<StateCreator<Store, [], [], ContactsSlice>>[1]

/** Worded when it is said, in the window's language then. */
const noSession = (): Result<never> => ({
  ok: false,
  error: wordFailure({
    code: 'NOT_FOUND',
    message: 'The spreadsheet is no longer open. Choose the file again.',
    phrase: phrase('importing.session.notOpen'),
  }),
})

const closed = {
  importOpened: null,
  importAnalysis: null,
  importProgress: null,
  importBusy: null,
  importStep: 1,
  importChoice: {},
  importLost: null,
} as const satisfies Partial<ContactsSlice>

function openWith(source: ImportSource): Promise<Result<ImportOpened | null>> {
  if (source === 'sample') return api.invoke('import:open-sample', {})
  if (source === 'choose') return api.invoke('import:choose-file', {})
  if ('path' in source) return api.invoke('import:open-path', source)
  return api.invoke('import:open', source)
}

function importActions(
  set: SetState,
  get: GetState,
): Pick<
  ContactsSlice,
  | 'openImport'
  | 'analyzeImport'
  | 'saveImport'
  | 'closeImport'
  | 'setImportProgress'
  | 'setImportStep'
  | 'checkImport'
> {
  // Mapping changes can be made faster than Herald answers; only the latest answer may reach the screen.
  let analyzeRequest = 0
  // Goes up on every close, so a file that finishes opening after the user left is closed at once.
  let generation = 0
  return {
    async openImport(source) {
      const started = generation
      set({
        importBusy: 'opening',
        importProgress: null,
        importOpened: null,
        importAnalysis: null,
        importChoice: {},
        importLost: null,
      })
      const result = await openWith(source)
      if (started !== generation) {
        if (result.ok && result.value)
          void api.invoke('import:close', { sessionId: result.value.sessionId }).catch(() => undefined)
        return result
      }
      set(
        result.ok && result.value
          ? { importOpened: result.value, importBusy: null, importStep: 2 }
          : { importBusy: null },
      )
      return result
    },
    async analyzeImport(options) {
      const opened = get().importOpened
      if (!opened) return noSession()
      const request = ++analyzeRequest
      // A new task starts its bar at nothing: the last one's 100 % must not show before this one's 60 %.
      set({ importBusy: 'analysing', importChoice: options, importProgress: null })
      const result = await api.invoke('import:analyze', { sessionId: opened.sessionId, ...options })
      if (request !== analyzeRequest || get().importOpened?.sessionId !== opened.sessionId) return null
      set(result.ok ? { importAnalysis: result.value, importBusy: null } : { importBusy: null })
      return result
    },
    async saveImport(name) {
      const opened = get().importOpened
      if (!opened) return noSession()
      set({ importBusy: 'saving', importProgress: null })
      const result = await api.invoke('import:save', { sessionId: opened.sessionId, name })
      if (!result.ok) {
        set({ importBusy: null })
        return result
      }
      // Herald closed the file once it was saved: the wizard starts afresh next time.
      analyzeRequest++
      generation++
      set((state) => ({
        ...closed,
        lists: [result.value, ...state.lists.filter((l) => l.id !== result.value.id)],
      }))
      return result
    },
    closeImport() {
      const opened = get().importOpened
      analyzeRequest++
      generation++
      set(closed)
      // Closing only frees memory in Herald; a session that is already gone needs nothing more.
      if (opened) void api.invoke('import:close', { sessionId: opened.sessionId }).catch(() => undefined)
    },
    setImportProgress(progress) {
      const { importOpened, importBusy } = get()
      // While a file is being opened its session id is not known yet, so its progress is taken on trust.
      const ours = importOpened ? importOpened.sessionId === progress.sessionId : importBusy === 'opening'
      if (!ours) return
      // One task's bar only goes forward, whatever order the steps are reported in.
      const shown = get().importProgress
      if (shown?.sessionId === progress.sessionId && progress.percent < shown.percent) return
      set({ importProgress: progress })
    },
    setImportStep(step) {
      set({ importStep: get().importOpened ? step : 1 })
    },
    async checkImport() {
      const opened = get().importOpened
      if (!opened) return
      const result = await api.invoke('import:rows', { sessionId: opened.sessionId, offset: 0, limit: 1 })
      if (result.ok || result.error.code !== 'NOT_FOUND') return
      if (get().importOpened?.sessionId !== opened.sessionId) return
      analyzeRequest++
      generation++
      set({
        ...closed,
        importLost: opened.fileName,
      })
    },
  }
}

export const createContactsSlice: StateCreator<Store, [], [], ContactsSlice> = (set, get) => ({
  lists: [],
  listsStatus: 'idle',
  listsError: null,
  listsRevision: 0,
  listRevisions: {},
  ...closed,
  loadLists: () => loadWhole(set, 'lists', () => api.invoke('lists:list', {})),
  async deleteList(listId) {
    const result = await api.invoke('lists:delete', { listId })
    if (result.ok) set((state) => ({ lists: state.lists.filter((list) => list.id !== listId) }))
    return result
  },
  noteListsChanged(listId) {
    set((state) =>
      listId === null
        ? { listsRevision: state.listsRevision + 1 }
        : { listRevisions: { ...state.listRevisions, [listId]: (state.listRevisions[listId] ?? 0) + 1 } },
    )
    if (get().listsStatus !== 'idle') void get().loadLists()
  },
  ...importActions(set, get),
})
