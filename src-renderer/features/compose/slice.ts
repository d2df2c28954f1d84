import type { StateCreator } from 'zustand'
import type { Template, TemplateInput } from '../../../src-shared/domain/campaigns'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import type { Loadable } from '../../state/app-slice'
import type { Store } from '../../state/store'
import { loadWhole } from '../../state/whole-lists'

export type ComposeSlice = {
  /** Saved messages, most recently changed first. */
  templates: Template[]
  templatesStatus: Loadable
  templatesError: string | null
  loadTemplates: () => Promise<void>
  saveTemplate: (input: TemplateInput) => Promise<Result<Template>>
  deleteTemplate: (templateId: number) => Promise<Result<null>>
  noteTemplatesChanged: () => void
}

const newestFirst = (a: Template, b: Template): number => b.updatedAt.localeCompare(a.updatedAt)

export const createComposeSlice: StateCreator<Store, [], [], ComposeSlice> = (set, get) => ({
  templates: [],
  templatesStatus: 'idle',
  templatesError: null,
  loadTemplates: () =>
    loadWhole(set, 'templates', async () => {
      const result = await api.invoke('templates:list', {})
      return result.ok ? { ok: true, value: [...result.value].sort(newestFirst) } : result
    }),
  async saveTemplate(input) {
    const result = await api.invoke('templates:save', input)
    if (result.ok)
      set((state) => ({
        templates: [result.value, ...state.templates.filter((t) => t.id !== result.value.id)].sort(
          newestFirst,
        ),
      }))
    return result
  },
  async deleteTemplate(templateId) {
    const result = await api.invoke('templates:delete', { templateId })
    if (result.ok) set((state) => ({ templates: state.templates.filter((t) => t.id !== templateId) }))
    return result
  },
  noteTemplatesChanged() {
    if (get().templatesStatus !== 'idle') void get().loadTemplates()
  },
})
