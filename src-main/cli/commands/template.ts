import type { Template, Variant } from '../../../src-shared/domain/campaigns'
import type { TemplatesService } from '../../campaign/templates-service'
import type { Command, CommandArgs } from '../command'
import type { CliIo } from '../io'
import { UsageError } from '../io'
import { columns, localDate } from './lists'

/** What the template commands need; AppContext has it. */
export type TemplatesCtx = { templates: TemplatesService }

export type TemplatesCommand = Omit<Command, 'run'> & {
  run(ctx: TemplatesCtx, args: CommandArgs, io: CliIo): number | Promise<number>
}

const addUsage = [
  'herald template add NAME --body TEXT [--variant NAME=TEXT ...] [--json]',
  '',
  'Saves a message template. TEXT may use {{field}} or {{field|fallback}} placeholders and {a|b} spintax.',
  '--body is the variant called "A"; each --variant adds another, e.g. --variant B="Hello {{name}}".',
].join('\n')

const listUsage = 'herald templates [--json]  show the saved message templates'

function strings(value: CommandArgs['values'][string]): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
}

function variantsOf(values: CommandArgs['values']): Variant[] {
  const variants: Variant[] = []
  const body = values.body
  if (typeof body === 'string') variants.push({ name: 'A', body })
  for (const text of strings(values.variant)) {
    const at = text.indexOf('=')
    if (at <= 0) throw new UsageError(`Write each --variant as NAME=TEXT, not "${text}".`, addUsage)
    variants.push({ name: text.slice(0, at).trim(), body: text.slice(at + 1) })
  }
  if (variants.length === 0) throw new UsageError('Give the message with --body TEXT.', addUsage)
  return variants
}

export const templateCommand: TemplatesCommand = {
  name: 'template',
  summary: 'Save a message template',
  usage: addUsage,
  options: { body: { type: 'string' }, variant: { type: 'string', multiple: true } },
  run(ctx, { positionals, values, json }, io) {
    const [action, name, ...rest] = positionals
    if (action !== 'add')
      throw new UsageError(action ? `Unknown template action "${action}".` : 'Which action?', addUsage)
    if (!name || rest.length > 0)
      throw new UsageError('Give the template one NAME (quote it if it has spaces).', addUsage)
    const template = ctx.templates.save({ name, variants: variantsOf(values) })
    if (json) io.out(JSON.stringify({ id: template.id }))
    else
      io.out(
        `Saved the template "${template.name}" (id ${template.id}, ${template.variants.length} variant(s)).`,
      )
    return 0
  },
}

function table(templates: Template[]): string {
  return columns(
    ['ID', 'Name', 'Variants', 'Updated', 'First variant'],
    templates.map((t) => [
      String(t.id),
      t.name,
      t.variants.map((v) => v.name).join(', '),
      localDate(t.updatedAt),
      (t.variants[0]?.body ?? '').replace(/\s+/g, ' ').slice(0, 50),
    ]),
    [0],
  )
}

export const templatesCommand: TemplatesCommand = {
  name: 'templates',
  summary: 'Show the saved message templates',
  usage: listUsage,
  run(ctx, { positionals, json }, io) {
    if (positionals.length > 0) throw new UsageError(`Unexpected "${positionals[0]}".`, listUsage)
    const templates = ctx.templates.list()
    if (json) io.out(JSON.stringify(templates))
    else if (templates.length === 0)
      io.out('No templates yet. Save one with: herald template add NAME --body TEXT')
    else io.out(table(templates))
    return 0
  },
}
