import fs from 'node:fs'
import path from 'node:path'
import {
  attachmentRule,
  attachmentWords,
  formatFileSize,
  maxAttachmentBytes,
} from '../../../src-shared/domain/attachments'
import type { Attachment } from '../../../src-shared/domain/attachments'
import type { Template, Variant } from '../../../src-shared/domain/campaigns'
import type { TemplatesService } from '../../campaign/templates-service'
import { AppError } from '../../errors'
import type { CommandArgs, CommandOn } from '../command'
import { printList, UsageError } from '../io'
import { columns, localDate } from './lists'

/** What the template commands need; AppContext has it. */
export type TemplatesCtx = { templates: TemplatesService }

export type TemplatesCommand = CommandOn<TemplatesCtx>

const addUsage = [
  'herald template add NAME --body TEXT [--variant NAME=TEXT ...] [--attach FILE] [--json]',
  '',
  'Saves a message template. TEXT may use {{field}} or {{field|fallback}} placeholders and {a|b} spintax.',
  '--body is the variant called "A"; each --variant adds another, e.g. --variant B="Hello {{name}}".',
  '--attach sends an image (JPEG, PNG, WebP) or a PDF, up to 16 MB, with every message; the text is its caption.',
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

/** Reads the file to attach, refusing in words one that is missing or far too big to read at all. */
function readAttachment(file: string): Buffer {
  let size: number
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) throw new AppError('BAD_INPUT', `${file} is a folder. Give the file inside it.`)
    size = stat.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('NOT_FOUND', `There is no file at ${file}. Check the name and the folder.`)
  }
  if (size > maxAttachmentBytes) {
    throw new AppError('BAD_INPUT', `${attachmentRule}; this file is ${formatFileSize(size)}.`)
  }
  return fs.readFileSync(file)
}

function attachmentOf(ctx: TemplatesCtx, file: unknown): Attachment | undefined {
  if (file === undefined) return undefined
  if (typeof file !== 'string' || file === '') throw new UsageError('Give the file to attach.', addUsage)
  return ctx.templates.attach(path.basename(file), readAttachment(file))
}

export const templateCommand: TemplatesCommand = {
  name: 'template',
  summary: 'Save a message template',
  usage: addUsage,
  options: {
    body: { type: 'string' },
    variant: { type: 'string', multiple: true },
    attach: { type: 'string' },
  },
  run(ctx, { positionals, values, json }, io) {
    const [action, name, ...rest] = positionals
    if (action !== 'add')
      throw new UsageError(action ? `Unknown template action "${action}".` : 'Which action?', addUsage)
    if (!name || rest.length > 0)
      throw new UsageError('Give the template one NAME (quote it if it has spaces).', addUsage)
    const variants = variantsOf(values)
    const attachment = attachmentOf(ctx, values.attach)
    const template = ctx.templates.save({ name, variants, attachment })
    const extra = template.attachment ? `, with the ${attachmentWords(template.attachment)}` : ''
    if (json)
      io.out(
        JSON.stringify(
          template.attachment ? { id: template.id, attachment: template.attachment } : { id: template.id },
        ),
      )
    else
      io.out(
        `Saved the template "${template.name}" (id ${template.id}, ${template.variants.length} variant(s)${extra}).`,
      )
    return 0
  },
}

function table(templates: Template[]): string {
  return columns(
    ['ID', 'Name', 'Variants', 'Updated', 'Attachment', 'First variant'],
    templates.map((t) => [
      String(t.id),
      t.name,
      t.variants.map((v) => v.name).join(', '),
      localDate(t.updatedAt),
      t.attachment?.name ?? '',
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
    const none = 'No templates yet. Save one with: herald template add NAME --body TEXT'
    printList(io, json, ctx.templates.list(), none, table)
    return 0
  },
}
