import { isKnownCountry } from '../../../src-shared/domain/countries'
import type { OptOut } from '../../../src-shared/domain/contacts'
import { AppError } from '../../errors'
import type { CommandArgs } from '../command'
import type { CliIo } from '../io'
import { printList, UsageError } from '../io'
import { columns, localDate } from './lists'
import type { ContactsCommand, ContactsCtx } from './lists'

const usage = [
  'herald optouts [list] [--json]                            show the numbers never to message',
  'herald optouts add PHONE [--country CC] [--reason TEXT]   add a number',
  'herald optouts remove PHONE                               take a number off the list',
  '',
  'A PHONE without a country code is read as a number of --country, or of the default country setting.',
].join('\n')

const pageSize = 1000

function everyOptOut(ctx: ContactsCtx): OptOut[] {
  const all: OptOut[] = []
  for (;;) {
    const page = ctx.optOuts.list({ offset: all.length, limit: pageSize })
    all.push(...page.rows)
    if (page.rows.length < pageSize) return all
  }
}

const optOutTable = (optOuts: OptOut[]): string =>
  columns(
    ['Phone', 'Added', 'Source', 'Reason'],
    optOuts.map((o) => [o.phone, localDate(o.createdAt), o.source, o.reason ?? '']),
  )

function list(ctx: ContactsCtx, json: boolean, io: CliIo): void {
  const none = 'No opted-out numbers. Add one with: herald optouts add PHONE'
  printList(io, json, everyOptOut(ctx), none, optOutTable)
}

function country(values: CommandArgs['values']): string | undefined {
  const text = values.country
  if (typeof text !== 'string') return undefined
  const code = text.trim().toUpperCase()
  if (!isKnownCountry(code)) {
    throw new AppError('BAD_INPUT', `"${text}" is not a country code. Use two letters, e.g. GB, US or DE.`)
  }
  return code
}

function add(ctx: ContactsCtx, phoneText: string, { values, json }: CommandArgs, io: CliIo): void {
  const options = {
    country: country(values),
    reason: typeof values.reason === 'string' ? values.reason : undefined,
  }
  const phone = ctx.optOuts.toE164(phoneText, options.country)
  const existed = ctx.optOuts.has(phone)
  const optOut = ctx.optOuts.add(phone, options)
  if (json) io.out(JSON.stringify(optOut))
  else if (existed) io.out(`${phone} was already on the opt-out list (since ${localDate(optOut.createdAt)}).`)
  else io.out(`Added ${phone} to the opt-out list. Herald will never message it.`)
}

export const optOutsCommand: ContactsCommand = {
  name: 'optouts',
  summary: 'Show, add and remove numbers that must never be messaged',
  usage,
  options: { country: { type: 'string' }, reason: { type: 'string' } },
  run(ctx, args, io) {
    const [action = 'list', phone, ...rest] = args.positionals
    if (action !== 'add' && (args.values.country !== undefined || args.values.reason !== undefined)) {
      throw new UsageError('--country and --reason go with "herald optouts add".', usage)
    }
    if (action === 'list') {
      if (phone !== undefined) throw new UsageError('"herald optouts list" takes no PHONE.', usage)
      list(ctx, args.json, io)
      return 0
    }
    if (action !== 'add' && action !== 'remove') {
      throw new UsageError(`Unknown optouts action "${action}".`, usage)
    }
    if (phone === undefined || rest.length > 0) {
      throw new UsageError('Give exactly one PHONE (quote it if it has spaces).', usage)
    }
    if (action === 'add') add(ctx, phone, args, io)
    else {
      const removed = ctx.optOuts.remove(phone)
      io.out(args.json ? JSON.stringify({ removed }) : `Removed ${removed} from the opt-out list.`)
    }
    return 0
  },
}
