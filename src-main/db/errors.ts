/** Why the database could not be opened; each kind has its own advice. */
export type DatabaseProblem = 'not_a_database' | 'corrupt' | 'unreadable' | 'locked' | 'too_new'

/**
 * The database file cannot be used. The message names the file, says what is wrong and what to do;
 * Herald never replaces or rewrites such a file on its own.
 */
export class DatabaseError extends Error {
  readonly problem: DatabaseProblem
  readonly file: string

  constructor(problem: DatabaseProblem, file: string, message: string) {
    super(message)
    this.name = 'DatabaseError'
    this.problem = problem
    this.file = file
  }
}

const moveAside = (file: string): string =>
  `Restore a backup, or move the file aside (rename it to ${file}.broken) and start Herald again to begin with an empty database.`

export function notADatabase(file: string): DatabaseError {
  return new DatabaseError(
    'not_a_database',
    file,
    `The file ${file} is not a Herald database (it is not an SQLite file). ${moveAside(file)}`,
  )
}

export function corrupt(file: string, detail: string): DatabaseError {
  return new DatabaseError(
    'corrupt',
    file,
    `The database ${file} is damaged (${detail}). Herald has left it untouched. ${moveAside(file)}`,
  )
}

export function unreadable(file: string, detail: string): DatabaseError {
  return new DatabaseError(
    'unreadable',
    file,
    `Herald cannot open the database ${file} (${detail}). Check that the folder exists and that your user may read and write it, or choose another data folder with --data-dir.`,
  )
}

export function locked(file: string): DatabaseError {
  return new DatabaseError(
    'locked',
    file,
    `The database ${file} is busy: another Herald window or command is using it. Close it and try again.`,
  )
}

export function tooNew(file: string, found: number, known: number): DatabaseError {
  return new DatabaseError(
    'too_new',
    file,
    `The database ${file} was written by a newer version of Herald (schema ${found}; this version knows up to ${known}). Install the latest Herald to open it; Herald has left the file untouched.`,
  )
}
