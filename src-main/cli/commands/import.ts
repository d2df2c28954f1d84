import fs from 'node:fs'
import path from 'node:path'
import { isKnownCountry } from '../../../src-shared/domain/countries'
import type { ImportAnalysis, ImportRow } from '../../../src-shared/domain/contacts'
import type { AppContext } from '../../context'
import { AppError } from '../../errors'
import type { Command } from '../command'
import { UsageError } from '../io'

const usage = 'herald import FILE [--country CC] [--sheet NAME] [--save LISTNAME] [--json]'
const chunk = 5000

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new AppError('NOT_FOUND', `There is no file at ${file}. Check the name and the folder.`)
    if (code === 'EISDIR')
      throw new AppError('BAD_INPUT', `${file} is a folder. Give the spreadsheet file inside it.`)
    throw new AppError(
      'BAD_INPUT',
      `Herald cannot read ${file} (${code ?? 'unknown error'}). Check its permissions.`,
    )
  }
}

async function allRows(ctx: AppContext, sessionId: string, total: number): Promise<ImportRow[]> {
  const rows: ImportRow[] = []
  for (let offset = 0; offset < total; offset += chunk) {
    rows.push(...(await ctx.imports.rows(sessionId, { offset, limit: chunk })).rows)
  }
  return rows
}

/** The JSON the issue specifies: one object, rows numbered as the user's spreadsheet program shows them. */
function report(file: string, analysis: ImportAnalysis, rows: ImportRow[]): object {
  const of = (verdict: ImportRow['verdict']): ImportRow[] => rows.filter((r) => r.verdict === verdict)
  return {
    file,
    sheet: analysis.sheet,
    rows: analysis.counts.total,
    valid: of('valid').map((r) => ({ row: r.row, name: r.name, phone: r.phone, fields: r.fields })),
    invalid: of('invalid').map((r) => ({ row: r.row, raw: r.phoneRaw, reason: r.reason })),
    duplicates: of('duplicate').map((r) => ({ row: r.row, phone: r.phone, firstRow: r.duplicateOf })),
    optedOut: of('opted_out').map((r) => ({ row: r.row, phone: r.phone })),
  }
}

function summary(file: string, analysis: ImportAnalysis, rows: ImportRow[]): string {
  const c = analysis.counts
  const lines = [
    `${path.basename(file)}, sheet "${analysis.sheet}": ${c.total} rows`,
    `  ${c.valid} valid, ${c.invalid} invalid, ${c.duplicate} duplicates, ${c.opted_out} opted out (${c.repaired} numbers repaired)`,
  ]
  const problems = rows.filter((r) => r.verdict !== 'valid').slice(0, 20)
  for (const r of problems) {
    const why =
      r.verdict === 'duplicate' ? `duplicate of row ${r.duplicateOf ?? '?'}` : (r.reason ?? r.verdict)
    lines.push(`  row ${String(r.row).padEnd(6)} ${JSON.stringify(r.phoneRaw).padEnd(20)} ${why}`)
  }
  if (c.total - c.valid > problems.length) lines.push(`  … and ${c.total - c.valid - problems.length} more`)
  return lines.join('\n')
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Check a spreadsheet of contacts and optionally save it as a list',
  usage,
  options: { country: { type: 'string' }, sheet: { type: 'string' }, save: { type: 'string' } },
  async run(ctx, { positionals, values, json }, io) {
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new UsageError('Give exactly one FILE.', usage)
    const country = typeof values.country === 'string' ? values.country.toUpperCase() : undefined
    if (country !== undefined && !isKnownCountry(country)) {
      throw new AppError(
        'BAD_INPUT',
        `"${values.country as string}" is not a country code. Use two letters, e.g. GB, US, MX.`,
      )
    }
    const opened = await ctx.imports.open(path.basename(file), readFile(file))
    try {
      const sheet = typeof values.sheet === 'string' ? values.sheet : undefined
      const analysis = await ctx.imports.analyze(opened.sessionId, { sheet, country })
      if (analysis.problem) throw new AppError('BAD_INPUT', analysis.problem)
      const rows = await allRows(ctx, opened.sessionId, analysis.counts.total)
      const saved =
        typeof values.save === 'string' ? await ctx.imports.save(opened.sessionId, values.save) : null
      if (json) io.out(JSON.stringify(report(file, analysis, rows)))
      else {
        io.out(summary(file, analysis, rows))
        io.out(
          saved
            ? `Saved as the list "${saved.name}" (id ${saved.id}).`
            : 'Nothing saved: add --save NAME to keep these contacts as a list.',
        )
      }
      return 0
    } finally {
      await ctx.imports.close(opened.sessionId)
    }
  },
}
