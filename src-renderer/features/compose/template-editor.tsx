import { useEffect, useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { ActionBar } from '../../ui/action-bar'
import { NameField } from '../../ui/field'
import { BubbleAttachment } from '../../ui/bubble-attachment'
import { MessagePreview } from '../../ui/message-preview'
import { AttachmentField } from './attachment-field'
import { DeleteTemplateDialog } from './delete-template-dialog'
import {
  addVariant,
  changeVariant,
  draftFrom,
  maxVariants,
  removeVariant,
  sameDraft,
  saveBlocker,
  variantProblems,
} from './draft'
import type { Draft } from './draft'
import { fieldKeysFor } from './field-picker'
import { MessageField } from './message-field'
import { tabId, VariantTabs } from './variant-tabs'
import './editor.css'

type Notice = { kind: 'saved' } | { kind: 'error'; message: string } | null

type TemplateEditorProps = {
  template: Template | null
  previewList: ContactList | null
  previewControls: ReactNode
  noLists: ReactNode
  onSaved: (template: Template) => void
  onDeleted: () => void
  onDirtyChange: (dirty: boolean) => void
}

function useDraft(template: Template | null): {
  draft: Draft
  setDraft: (update: (draft: Draft) => Draft) => void
  dirty: boolean
  markSaved: (template: Template) => void
} {
  const t = useT()
  const [baseline, setBaseline] = useState(() => draftFrom(template, t))
  const [draft, setDraftState] = useState(baseline)
  return {
    draft,
    setDraft: setDraftState,
    dirty: !sameDraft(draft, baseline),
    markSaved(saved) {
      const next = draftFrom(saved, t)
      setBaseline(next)
      setDraftState(next)
    },
  }
}

function SaveBar(props: {
  notice: Notice
  blocker: string | null
  dirty: boolean
  saving: boolean
  canDelete: boolean
  onSave: () => void
  onDelete: () => void
}): ReactElement {
  const { notice, blocker, dirty, saving, canDelete } = props
  const t = useT()
  const status = saving
    ? t('compose.save.saving')
    : notice?.kind === 'saved' && !dirty
      ? t('compose.save.saved')
      : (blocker ?? (dirty ? t('compose.save.unsaved') : ''))
  return (
    <ActionBar
      floating={dirty}
      status={status}
      ok={notice?.kind === 'saved' && !dirty}
      error={notice?.kind === 'error' ? t('compose.save.failed', { reason: notice.message }) : null}
    >
      {canDelete ? (
        <button type="button" className="button button--danger" onClick={props.onDelete} disabled={saving}>
          {t('compose.save.delete')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        onClick={props.onSave}
        disabled={saving || Boolean(blocker) || !dirty}
      >
        {t('compose.save.button')}
      </button>
    </ActionBar>
  )
}

type EditorCardProps = {
  draft: Draft
  setDraft: (update: (draft: Draft) => Draft) => void
  active: number
  setActive: (index: number) => void
  fieldKeys: string[]
}

function EditorCard({ draft, setDraft, active, setActive, fieldKeys }: EditorCardProps): ReactElement {
  const t = useT()
  return (
    <section className="card editor__card" aria-label={t('compose.editor.label')}>
      <NameField
        label={t('compose.editor.name')}
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
        placeholder={t('compose.editor.namePlaceholder')}
        help={t('compose.editor.nameHelp')}
      />
      <VariantTabs
        variants={draft.variants}
        active={active}
        panelId="variant-panel"
        onSelect={setActive}
        onAdd={() => {
          setDraft((d) => addVariant(d, t))
          setActive(Math.min(draft.variants.length, maxVariants - 1))
        }}
        onRename={(index, name) => setDraft((d) => changeVariant(d, index, { name }))}
        onRemove={(index) => {
          setDraft((d) => removeVariant(d, index))
          setActive(Math.max(0, index - 1))
        }}
      />
      <div id="variant-panel" role="tabpanel" aria-labelledby={tabId(active)} className="editor__panel">
        <MessageField
          body={draft.variants[active]?.body ?? ''}
          fieldKeys={fieldKeys}
          onChange={(body) => setDraft((d) => changeVariant(d, active, { body }))}
        />
      </div>
      <AttachmentField
        attachment={draft.attachment}
        onChange={(attachment) => setDraft((d) => ({ ...d, attachment }))}
      />
    </section>
  )
}

function useSave(
  draft: Draft,
  markSaved: (template: Template) => void,
  onSaved: (template: Template) => void,
): { saving: boolean; notice: Notice; save: () => void } {
  const saveTemplate = useStore((state) => state.saveTemplate)
  const [saving, setSaving] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const save = async (): Promise<void> => {
    setSaving(true)
    const variants = draft.variants.map((v) => ({ name: v.name, body: v.body.trim() }))
    const result = await saveTemplate({
      id: draft.id ?? undefined,
      name: draft.name.trim(),
      variants,
      attachment: draft.attachment,
    })
    setSaving(false)
    if (!result.ok) return setNotice({ kind: 'error', message: result.error.message })
    markSaved(result.value)
    setNotice({ kind: 'saved' })
    onSaved(result.value)
  }
  return { saving, notice, save: () => void save() }
}

function previewBlocked(props: TemplateEditorProps, body: string, t: Translate): ReactNode {
  if (!props.previewList) return props.noLists
  return body.trim() ? t('compose.preview.fixProblems') : t('compose.preview.write')
}

/** Name, wordings and live preview of one saved message; it is saved only when the user says so. */
export function TemplateEditor(props: TemplateEditorProps): ReactElement {
  const { template, previewList, onDirtyChange } = props
  const t = useT()
  const { draft, setDraft, dirty, markSaved } = useDraft(template)
  const { saving, notice, save } = useSave(draft, markSaved, props.onSaved)
  const [active, setActive] = useState(0)
  const [deleting, setDeleting] = useState(false)
  const variant = draft.variants[active] ?? draft.variants[0]

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])

  const ready = variant && previewList && variantProblems(variant.body, t).length === 0
  return (
    <div className="editor">
      <EditorCard
        draft={draft}
        setDraft={setDraft}
        active={active}
        setActive={setActive}
        fieldKeys={fieldKeysFor(previewList?.fieldKeys)}
      />
      <MessagePreview
        query={
          ready ? { listId: previewList.id, variants: [{ ...variant, body: variant.body.trim() }] } : null
        }
        controls={props.previewControls}
        showVariant={draft.variants.length > 1}
        media={draft.attachment ? <BubbleAttachment attachment={draft.attachment} /> : undefined}
        blocked={previewBlocked(props, variant?.body ?? '', t)}
      />
      <SaveBar
        notice={notice}
        blocker={saveBlocker(draft, t)}
        dirty={dirty}
        saving={saving}
        canDelete={draft.id !== null}
        onSave={save}
        onDelete={() => setDeleting(true)}
      />
      <DeleteTemplateDialog
        template={deleting ? template : null}
        onClose={() => setDeleting(false)}
        onDeleted={props.onDeleted}
      />
    </div>
  )
}
