import type { Command } from '../command'
import { table } from '../io'

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show the version, the data folder, the database and its schema version',
  usage: 'herald info [--json]',
  run(ctx, args, io) {
    const info = ctx.info()
    if (args.json) {
      io.out(JSON.stringify(info))
      return 0
    }
    io.out(
      table([
        ['Herald', info.version],
        ['Data folder', info.dataDir],
        ['Database', info.databasePath],
        ['Schema version', String(info.schemaVersion)],
        ['Log file', info.logFile],
      ]),
    )
    return 0
  },
}
