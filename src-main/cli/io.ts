/** Where a command writes; tests pass their own to read what a user would see. */
export type CliIo = {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
}

/** Wrong usage: exit status 2 and the usage of the command. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/** What a listing command prints: the items as JSON with --json; else `none` when there are none, or `show`n. */
export function printList<T>(
  io: CliIo,
  json: boolean,
  items: T[],
  none: string,
  show: (items: T[]) => string,
): void {
  if (json) io.out(JSON.stringify(items))
  else io.out(items.length === 0 ? none : show(items))
}

/** Lines of label/value pairs, aligned, for people. */
export function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')
}
