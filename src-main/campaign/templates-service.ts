import type { Attachment } from '../../src-shared/domain/attachments'
import type { Template, TemplateInput, Variant, VariantRule } from '../../src-shared/domain/campaigns'
import { renderMessage, templateProblemPhrases } from '../../src-shared/domain/template'
import { ruleProblemPhrases } from '../../src-shared/domain/variant-rule'
import { phrase } from '../../src-shared/i18n/phrase'
import type { ListsService } from '../contacts/lists-service'
import type { RecordEvent } from '../logging/app-events'
import type { Database } from 'better-sqlite3'
import { TemplatesRepo } from '../db/repos/templates-repo'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import { AttachmentStore } from './attachments'
import { contactFields } from './create-campaign'
import { problemsError, someProblems } from './problems'

export type TemplatesServiceDeps = {
  db: Database
  events: EventHub
  record: RecordEvent
  lists: Pick<ListsService, 'contacts'>
  /** Where attached images and PDFs are kept (`<data>/attachments`). */
  attachmentsDir: string
  now?: () => Date
}

export type PreviewRow = {
  contactId: number
  row: number
  name: string | null
  phone: string
  variant: string
  text: string
  missing: string[]
}

export type PreviewQuery = {
  listId: number
  variants: Variant[]
  variantRule?: VariantRule
  offset: number
  limit: number
}

const notFound = (): AppError => new AppError('NOT_FOUND', phrase('sending.template.gone'))

function checkVariants(variants: readonly Variant[]): void {
  const names = new Set<string>()
  for (const variant of variants) {
    const key = variant.name.trim().toLowerCase()
    if (names.has(key)) {
      throw new AppError('BAD_INPUT', phrase('sending.template.sameVariantName', { name: variant.name }), {
        variants: phrase('sending.template.namesMustDiffer'),
      })
    }
    names.add(key)
    const problems = templateProblemPhrases(variant.body)
    if (someProblems(problems)) {
      const prefix = variants.length > 1 ? `Variant "${variant.name}": ` : ''
      throw problemsError('BAD_INPUT', problems, { prefix, field: 'variants' })
    }
  }
}

/** Message templates: named, with one or more variants, each checked before it is saved. */
export class TemplatesService {
  private readonly repo: TemplatesRepo
  readonly attachments: AttachmentStore

  constructor(private readonly deps: TemplatesServiceDeps) {
    this.repo = new TemplatesRepo(deps.db)
    this.attachments = new AttachmentStore(deps.attachmentsDir)
  }

  /** Keeps a copy of an image or PDF for a template to send; refuses, in words, what WhatsApp cannot send. */
  attach(fileName: string, bytes: Buffer): Attachment {
    const attachment = this.attachments.store(fileName, bytes)
    this.deps.record('attachment_stored', `Stored the attachment "${attachment.name}"`, {
      file: attachment.file,
      bytes: attachment.bytes,
    })
    return attachment
  }

  list(): Template[] {
    return this.repo.all()
  }

  get(templateId: number): Template {
    return (
      this.repo.get(templateId) ??
      (() => {
        throw notFound()
      })()
    )
  }

  /** The template, or undefined when there is none (a campaign's may have been deleted since). */
  find(templateId: number): Template | undefined {
    return this.repo.get(templateId)
  }

  /** Whether a template is called exactly `name`. */
  nameTaken(name: string): boolean {
    return this.repo.byName(name) !== undefined
  }

  byName(name: string): Template {
    const template = this.repo.byName(name.trim())
    if (!template) throw new AppError('NOT_FOUND', phrase('sending.template.noSuchName', { name }))
    return template
  }

  /** Creates (no id) or replaces (id) a template. Running campaigns keep the text they were created with. */
  save(input: TemplateInput): Template {
    const name = input.name.trim()
    checkVariants(input.variants)
    const other = this.repo.byName(name)
    if (other && other.id !== input.id) {
      throw new AppError('CONFLICT', phrase('sending.template.nameTaken', { name: other.name }), {
        name: phrase('sending.template.nameTakenField'),
      })
    }
    const content = { name, variants: input.variants, attachment: this.attachmentFor(input) }
    const at = this.now()
    let id = input.id
    if (id === undefined) id = this.repo.insert(content, at)
    else if (!this.repo.update(id, content, at)) throw notFound()
    this.deps.record('template_saved', `Saved the message template "${name}"`, { templateId: id })
    this.deps.events.emit('templates:changed', { templateId: id })
    return this.get(id)
  }

  delete(templateId: number): void {
    const template = this.get(templateId)
    this.repo.delete(templateId)
    this.deps.record('template_deleted', `Deleted the message template "${template.name}"`, { templateId })
    this.deps.events.emit('templates:changed', { templateId })
  }

  /** How the message reads for real contacts of a list, with what each one cannot fill. */
  preview(query: PreviewQuery): { total: number; rows: PreviewRow[] } {
    const rule = query.variantRule ?? { kind: 'single' }
    const problems = [
      ...query.variants.flatMap((v) => templateProblemPhrases(v.body)),
      ...ruleProblemPhrases(rule, query.variants),
    ]
    if (someProblems(problems)) throw problemsError('BAD_INPUT', problems)
    const page = this.deps.lists.contacts(query.listId, {
      verdict: 'valid',
      offset: query.offset,
      limit: query.limit,
    })
    return {
      total: page.total,
      rows: page.rows.map((contact) => {
        const rendered = renderMessage(query.variants, rule, contactFields(contact), `preview:${contact.id}`)
        return {
          contactId: contact.id,
          row: contact.row,
          name: contact.name,
          phone: contact.phone ?? contact.phoneRaw,
          variant: rendered.variant,
          text: rendered.text,
          missing: rendered.missing,
        }
      }),
    }
  }

  // Left out of the input, a saved template keeps its attachment: callers that never heard of them work.
  private attachmentFor(input: TemplateInput): Attachment | null {
    if (input.attachment === undefined) {
      return input.id === undefined ? null : (this.repo.get(input.id)?.attachment ?? null)
    }
    return input.attachment && this.attachments.verify(input.attachment)
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString()
  }
}
