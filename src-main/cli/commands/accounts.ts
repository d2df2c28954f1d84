import type { Account, AccountView } from '../../../src-shared/domain/accounts'
import type { AppContext } from '../../context'
import type { CommandOn } from '../command'
import { UsageError } from '../io'
import { columns, localDate } from './lists'

const usage = [
  'herald accounts [list] [--json]     the sending numbers: name, number, linked, warm-up, sent today',
  'herald accounts add NAME            a new sending number; link it with: herald wa login --account NAME',
  'herald accounts rename OLD NEW      a new name; its history keeps following it',
  'herald accounts remove NAME         deletes its login; what it sent stays in the history',
  '',
  'Campaigns choose their numbers with: herald campaign create … --account NAME[,NAME…]',
].join('\n')

const asJson = (a: Account | AccountView): object => ({
  id: a.id,
  name: a.name,
  phone: a.phone,
  createdAt: a.createdAt,
  linkedAt: a.linkedAt,
  established: a.established,
  ...('sentToday' in a ? { sentToday: a.sentToday, warmUpDay: a.warmUpDay, dailyCap: a.dailyCap } : {}),
})

function show(accounts: AccountView[]): string {
  return columns(
    ['Name', 'Number', 'Linked', 'Warm-up', 'Sent today'],
    accounts.map((a) => [
      a.name,
      a.phone ?? 'not linked yet',
      a.linkedAt ? localDate(a.linkedAt) : '—',
      a.established ? 'established' : a.warmUpDay === null ? 'over' : `day ${a.warmUpDay} of 10`,
      a.dailyCap === null ? String(a.sentToday) : `${a.sentToday} of ${a.dailyCap}`,
    ]),
  )
}

export const accountsCommand: CommandOn<Pick<AppContext, 'accounts'>> = {
  name: 'accounts',
  summary: 'Sending numbers: list, add, rename, remove',
  usage,
  async run(ctx, { positionals, json }, io) {
    const [action = 'list', ...rest] = positionals
    const { accounts } = ctx
    if (action === 'list' && rest.length === 0) {
      const all = accounts.list()
      io.out(json ? JSON.stringify({ accounts: all.map(asJson) }) : show(all))
      return 0
    }
    if (action === 'add' && rest.length === 1) {
      const added = accounts.add(rest[0]!)
      io.out(
        json
          ? JSON.stringify(asJson(added))
          : `Added the number "${added.name}". Link it: herald wa login --account "${added.name}"`,
      )
      return 0
    }
    if (action === 'rename' && rest.length === 2) {
      const renamed = accounts.rename(accounts.resolve(rest[0]!).id, rest[1]!)
      io.out(json ? JSON.stringify(asJson(renamed)) : `Renamed it "${renamed.name}".`)
      return 0
    }
    if (action === 'remove' && rest.length === 1) {
      const account = accounts.resolve(rest[0]!)
      await accounts.remove(account.id)
      io.out(
        json
          ? JSON.stringify({ removed: account.name })
          : `Removed the number "${account.name}". Its login is deleted; what it sent stays in the history.`,
      )
      return 0
    }
    throw new UsageError(`Unknown accounts action "${[action, ...rest].join(' ')}".`, usage)
  },
}
