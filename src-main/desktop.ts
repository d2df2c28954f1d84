import type { Locale } from '../src-shared/i18n/locales'

/** A file type offered in a save or open dialog. */
export type FileFilter = { name: string; extensions: string[] }

export type SaveFileRequest = {
  title: string
  /** The proposed file, in the folder Herald keeps such files in (exports/ or backups/ of the data folder). */
  defaultPath: string
  filters: FileFilter[]
}

export type OpenFileRequest = { title: string; defaultPath?: string; filters: FileFilter[] }

/**
 * What the services need from the desktop they run on: the Electron app (dialogs, the file manager,
 * printing to PDF, restarting) or the browser run, which has no dialogs and saves into the data folder.
 */
export type Desktop = {
  /** The file to write, or null when the user cancelled. */
  chooseSaveFile(request: SaveFileRequest): Promise<string | null>
  /** The file to read, or null when the user cancelled or this desktop has no dialog. */
  chooseOpenFile(request: OpenFileRequest): Promise<string | null>
  /**
   * A folder for files Herald writes by itself (scheduled reports), or null when the user cancelled; absent
   * where there is no dialog (the browser run, which writes to the data folder's exports).
   */
  chooseFolder?(request: { title: string; defaultPath?: string }): Promise<string | null>
  /** Opens the file manager on the file's folder; false when this machine has none to open. */
  showInFolder(file: string): boolean
  /**
   * The campaign's printed report as a PDF, in `language` (the window's when left out); absent where the
   * page prints itself (the browser run).
   */
  printToPdf?(campaignId: number, language?: Locale): Promise<Buffer>
  /**
   * A page of the renderer printed as a PDF, at `route` (a hash route made by the main process, such as a
   * custom report's print page); absent where the page prints itself (the browser run).
   */
  printPageToPdf?(route: string): Promise<Buffer>
  /** Starts Herald again on its data folder, after a restore replaced the database. */
  relaunch(): void
}
