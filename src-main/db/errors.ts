import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

/** Why the database could not be opened; each kind has its own advice. */
export type DatabaseProblem = 'not_a_database' | 'corrupt' | 'unreadable' | 'locked' | 'too_new'

/**
 * The database file cannot be used. The message names the file, says what is wrong and what to do (in
 * English; `phrase` says it in any language); Herald never replaces or rewrites such a file on its own.
 */
export class DatabaseError extends Error {
  readonly problem: DatabaseProblem
  readonly file: string
  readonly phrase: Phrase

  constructor(problem: DatabaseProblem, file: string, said: Phrase) {
    super(english(said))
    this.name = 'DatabaseError'
    this.problem = problem
    this.file = file
    this.phrase = said
  }
}

export function notADatabase(file: string): DatabaseError {
  return new DatabaseError('not_a_database', file, phrase('system.database.notADatabase', { file }))
}

export function corrupt(file: string, detail: string): DatabaseError {
  return new DatabaseError('corrupt', file, phrase('system.database.corrupt', { file, detail }))
}

export function unreadable(file: string, detail: string): DatabaseError {
  return new DatabaseError('unreadable', file, phrase('system.database.unreadable', { file, detail }))
}

export function locked(file: string): DatabaseError {
  return new DatabaseError('locked', file, phrase('system.database.locked', { file }))
}

export function tooNew(file: string, found: number, known: number): DatabaseError {
  return new DatabaseError('too_new', file, phrase('system.database.tooNew', { file, found, known }))
}

/** The same problem said of a workspace the switcher could not open: "The workspace “Shop” cannot be opened. …" */
export function workspaceCannotOpen(error: DatabaseError, workspace: string): Phrase {
  const params = { ...error.phrase.params, workspace }
  switch (error.problem) {
    case 'not_a_database':
      return phrase('system.database.workspace.notADatabase', params)
    case 'corrupt':
      return phrase('system.database.workspace.corrupt', params)
    case 'unreadable':
      return phrase('system.database.workspace.unreadable', params)
    case 'locked':
      return phrase('system.database.workspace.locked', params)
    case 'too_new':
      return phrase('system.database.workspace.tooNew', params)
  }
}
