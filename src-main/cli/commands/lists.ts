import type { ContactList } from '../../../src-shared/domain/contacts'
import type { ContactsServices } from '../../contacts/lists-service'
import type { CommandOn } from '../command'
import { printList, UsageError } from '../io'

/** What the contact commands need; AppContext has it once it carries `lists` and `optOuts`. */
export type ContactsCtx = ContactsServices

/** A Command that asks only for the contact services, so that it can be tested without a whole AppContext. */
export type ContactsCommand = CommandOn<ContactsCtx>

/** Columns aligned under a header; the columns listed in `right` (numbers) are aligned to the right. */
export function columns(header: string[], rows: string[][], right: readonly number[] = []): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [header, ...rows].map(line).join('\n')
}

/** The local calendar date of an ISO timestamp, as YYYY-MM-DD. */
export function localDate(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function listTable(lists: ContactList[]): string {
  return columns(
    ['ID', 'Name', 'Valid/Total', 'Invalid', 'Duplicates', 'Opted out', 'Created', 'Source file'],
    lists.map((l) => [
      String(l.id),
      l.name,
      `${l.counts.valid}/${l.counts.total}`,
      String(l.counts.invalid),
      String(l.counts.duplicate),
      String(l.counts.opted_out),
      localDate(l.createdAt),
      l.sourceFile,
    ]),
    [0, 2, 3, 4, 5],
  )
}

const usage = 'herald lists [--json]  show the saved contact lists'

export const listsCommand: ContactsCommand = {
  name: 'lists',
  summary: 'Show the saved contact lists',
  usage,
  run(ctx, { positionals, json }, io) {
    if (positionals.length > 0 && positionals[0] !== 'list') {
      throw new UsageError(`Unknown lists action "${positionals[0]}".`, usage)
    }
    const none = 'No saved contact lists yet. Import one with: herald import FILE --save NAME'
    printList(io, json, ctx.lists.list(), none, listTable)
    return 0
  },
}
