import type { Attachment } from '../../../src-shared/domain/attachments'
import type { Template, Variant } from '../../../src-shared/domain/campaigns'
import { messageLength, templateProblems } from '../../../src-shared/domain/template'

/** The message being edited; `id` is null until it is first saved. */
export type Draft = { id: number | null; name: string; variants: Variant[]; attachment: Attachment | null }

export const maxVariants = 10
export const maxBodyLength = 4000
export const maxVariantName = 40

export function draftFrom(template: Template | null): Draft {
  if (!template) return { id: null, name: '', variants: [{ name: 'Variant A', body: '' }], attachment: null }
  return {
    id: template.id,
    name: template.name,
    variants: template.variants.map((v) => ({ ...v })),
    attachment: template.attachment,
  }
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** "Variant C" when A and B exist; names must stay unique because campaign rules refer to them. */
export function nextVariantName(variants: Variant[]): string {
  const taken = new Set(variants.map((v) => v.name))
  for (let code = 65; code < 91; code++) {
    const name = `Variant ${String.fromCharCode(code)}`
    if (!taken.has(name)) return name
  }
  return `Variant ${variants.length + 1}`
}

/** What stops this wording from being saved, in words the user can act on. */
export function variantProblems(body: string): string[] {
  if (!body.trim()) return ['Write the message.']
  const problems = templateProblems(body)
  const length = messageLength(body)
  if (length > maxBodyLength)
    return [...problems, `The message is ${length} characters long; keep it under ${maxBodyLength}.`]
  return problems
}

export function renameProblem(name: string, others: Variant[]): string | null {
  const trimmed = name.trim()
  if (!trimmed) return 'Give the variant a name.'
  if (trimmed.length > maxVariantName) return `Keep the name under ${maxVariantName} characters.`
  if (others.some((v) => v.name === trimmed)) return 'Another variant already has this name.'
  return null
}

/** The first reason the draft cannot be saved, or null. */
export function saveBlocker(draft: Draft): string | null {
  if (!draft.name.trim()) return 'Give the message a name to save it.'
  const broken = draft.variants.find((v) => variantProblems(v.body).length > 0)
  if (!broken) return null
  const which = draft.variants.length > 1 ? broken.name : 'the message'
  return broken.body.trim() ? `Fix the problems in ${which} to save it.` : `Write ${which} to save it.`
}

const withVariants = (draft: Draft, variants: Variant[]): Draft => ({ ...draft, variants })

export function addVariant(draft: Draft): Draft {
  if (draft.variants.length >= maxVariants) return draft
  return withVariants(draft, [...draft.variants, { name: nextVariantName(draft.variants), body: '' }])
}

export function changeVariant(draft: Draft, index: number, change: Partial<Variant>): Draft {
  return withVariants(
    draft,
    draft.variants.map((v, i) => (i === index ? { ...v, ...change } : v)),
  )
}

export function removeVariant(draft: Draft, index: number): Draft {
  return withVariants(
    draft,
    draft.variants.filter((_, i) => i !== index),
  )
}
