import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../cli/commands/cli-harness.test-support'
import { exportCommand } from '../cli/commands/export'
import { closeAfterEach } from '../context.test-support'
import { parseCsv } from '../import/csv'
import { harness, newCampaign, phoneOf } from '../campaign/fixtures.test-support'

const closing = closeAfterEach()

describe('the details of the messages in an export', () => {
  it('are in the language asked for, and English without one, as the command line always wrote them', async () => {
    const h = closing(harness())
    h.ctx.optOuts.add(phoneOf(2), { source: 'manual' })
    const campaignId = String(await newCampaign(h, 3))
    /** The detail of the opted-out number in the report's table of messages. */
    const detailOf = async (report: 'messages' | 'errors', ...language: string[]): Promise<string> => {
      const file = path.join(h.dir, `${report}${language.join('-')}.csv`)
      const run = await runCommand(
        h.ctx,
        exportCommand,
        report,
        '--campaign',
        campaignId,
        '--out',
        file,
        ...language,
      )
      expect(run.status).toBe(0)
      const table = parseCsv(fs.readFileSync(file, 'utf8').slice(1), ',')
      // The header of the table the number is in: the errors report opens with another table
      const label = language.length > 0 ? 'Detalle' : 'Detail'
      const at = table.findIndex((cells) => cells.includes(phoneOf(2)))
      const header = table.slice(0, at).findLast((cells) => cells.includes(label)) ?? []
      return table[at]?.[header.indexOf(label)] ?? 'none'
    }

    expect(await detailOf('messages', '--language', 'es')).toBe('Este número está en la lista de bajas.')
    expect(await detailOf('errors', '--language', 'es')).toBe('Este número está en la lista de bajas.')
    expect(await detailOf('messages')).toBe('This number is on the opt-out list.')
  })
})
