import type { Attachment } from '../../../src-shared/domain/attachments'
import type { Template, Variant } from '../../../src-shared/domain/campaigns'
import { messageLength, templateProblemPhrases } from '../../../src-shared/domain/template'
import type { Translate } from '../../i18n/use-t'

/** The message being edited; `id` is null until it is first saved. */
export type Draft = { id: number | null; name: string; variants: Variant[]; attachment: Attachment | null }

export const maxVariants = 10
export const maxBodyLength = 4000
export const maxVariantName = 40

export function draftFrom(template: Template | null, t: Translate): Draft {
  if (!template)
    return {
      id: null,
      name: '',
      variants: [{ name: t('compose.variant.defaultName', { letter: 'A' }), body: '' }],
      attachment: null,
    }
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
export function nextVariantName(variants: Variant[], t: Translate): string {
  const taken = new Set(variants.map((v) => v.name))
  for (let code = 65; code < 91; code++) {
    const name = t('compose.variant.defaultName', { letter: String.fromCharCode(code) })
    if (!taken.has(name)) return name
  }
  return t('compose.variant.numberedName', { number: variants.length + 1 })
}

/** What stops this wording from being saved, in words the user can act on. */
// The problems of the braces themselves come as phrases from src-shared/domain/template (sending.json).
export function variantProblems(body: string, t: Translate): string[] {
  if (!body.trim()) return [t('compose.problem.write')]
  const problems = templateProblemPhrases(body).map((said) => t(said.key, said.params))
  const length = messageLength(body)
  if (length > maxBodyLength)
    return [...problems, t('compose.problem.tooLong', { length, max: maxBodyLength })]
  return problems
}

export function renameProblem(name: string, others: Variant[], t: Translate): string | null {
  const trimmed = name.trim()
  if (!trimmed) return t('compose.variant.nameEmpty')
  if (trimmed.length > maxVariantName) return t('compose.variant.nameTooLong', { max: maxVariantName })
  if (others.some((v) => v.name === trimmed)) return t('compose.variant.nameTaken')
  return null
}

/** The first reason the draft cannot be saved, or null. */
export function saveBlocker(draft: Draft, t: Translate): string | null {
  if (!draft.name.trim()) return t('compose.blocker.name')
  const broken = draft.variants.find((v) => variantProblems(v.body, t).length > 0)
  if (!broken) return null
  const written = Boolean(broken.body.trim())
  if (draft.variants.length === 1)
    return written ? t('compose.blocker.fixMessage') : t('compose.blocker.writeMessage')
  const variant = broken.name
  return written
    ? t('compose.blocker.fixVariant', { variant })
    : t('compose.blocker.writeVariant', { variant })
}

const withVariants = (draft: Draft, variants: Variant[]): Draft => ({ ...draft, variants })

export function addVariant(draft: Draft, t: Translate): Draft {
  if (draft.variants.length >= maxVariants) return draft
  return withVariants(draft, [...draft.variants, { name: nextVariantName(draft.variants, t), body: '' }])
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
