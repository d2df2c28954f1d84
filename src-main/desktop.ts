import type { Locale } from '../src-shared/i18n/locales'
import type { Phrase } from '../src-shared/i18n/phrase'

/** A file type offered in a save or open dialog; its name a phrase, as the title (`system.dialog.*`). */
export type FileFilter = { name: Phrase; extensions: string[] }

/**
 * The words of a dialog are phrases: the desktop shows them in Settings' language (desktop-electron.ts);
 * the browser run, which has no dialogs, has no words to show.
 */
export type SaveFileRequest = {
  title: Phrase
  /** The proposed file, in the folder Herald keeps such files in (exports/ or backups/ of the data folder). */
  defaultPath: string
  filters: FileFilter[]
}

export type OpenFileRequest = { title: Phrase; defaultPath?: string; filters: FileFilter[] }

export type FolderRequest = { title: Phrase; defaultPath?: string }

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
  chooseFolder?(request: FolderRequest): Promise<string | null>
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
