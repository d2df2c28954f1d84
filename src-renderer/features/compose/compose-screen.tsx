import { useState } from 'react'
import type { ReactElement } from 'react'
import { useIntl } from 'react-intl'
import { Link, useSearchParams } from 'react-router'
import type { Template } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { formatCount } from '../../lib/format'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { LeaveGuard } from '../../ui/leave-guard'
import { LoadState } from '../../ui/load-states'
import { Select } from '../../ui/select'
import { TemplateEditor } from './template-editor'
import { TemplateList } from './template-list'
import './compose.css'
import './preview.css'
import { useT } from '../../i18n/use-t'

type Selection = { id: number | 'new' | null; session: number }

function NoLists(): ReactElement {
  const t = useT()
  const intl = useIntl()
  return (
    <div className="no-lists">
      <p className="no-lists__title">{t('compose.noLists.title')}</p>
      <p>
        {intl.formatMessage(
          { id: 'compose.noLists.body' },
          { link: (words) => <Link to="/contacts">{words}</Link> },
        )}
      </p>
    </div>
  )
}

function PreviewListPicker(props: {
  listId: number | null
  onChange: (id: number) => void
}): ReactElement | null {
  const t = useT()
  const lists = useStore((state) => state.lists)
  if (lists.length === 0) return null
  return (
    <div className="preview-list">
      <label htmlFor="preview-list" className="preview-list__label">
        {t('compose.preview.listLabel')}
      </label>
      <Select
        id="preview-list"
        className="input form-select preview-list__select"
        value={props.listId ?? ''}
        options={lists.map((list) => ({
          value: list.id,
          label: t('compose.preview.listOption', { name: list.name, count: formatCount(list.counts.valid) }),
        }))}
        onChange={props.onChange}
      />
    </div>
  )
}

function useSelection(templates: Template[]): {
  current: number | 'new'
  session: number
  choose: (id: number | 'new') => void
  keep: (id: number) => void
} {
  const [params] = useSearchParams()
  const asked = Number(params.get('message'))
  const [selection, setSelection] = useState<Selection>({ id: asked > 0 ? asked : null, session: 0 })
  const known = templates.some((saved) => saved.id === selection.id)
  const current = selection.id === 'new' || known ? (selection.id ?? 'new') : (templates[0]?.id ?? 'new')
  return {
    current,
    session: selection.session,
    choose: (id) => setSelection((s) => ({ id, session: s.session + 1 })),
    // A first save turns the new message into a saved one without starting the editor over.
    keep: (id) => setSelection((s) => ({ id, session: s.session })),
  }
}

export function ComposeScreen(): ReactElement {
  const t = useT()
  const templates = useStore((state) => state.templates)
  const status = useStore((state) => state.templatesStatus)
  const error = useStore((state) => state.templatesError)
  const lists = useStore((state) => state.lists)
  const listsStatus = useStore((state) => state.listsStatus)
  const loadTemplates = useStore((state) => state.loadTemplates)
  const { current, session, choose, keep } = useSelection(templates)
  const [previewListId, setPreviewListId] = useState<number | null>(null)
  const [pending, setPending] = useState<number | 'new' | null>(null)
  const [dirty, setDirty] = useState(false)

  useLoadOnOpen('loadTemplates', 'loadLists')

  const previewList = lists.find((l) => l.id === previewListId) ?? lists[0] ?? null
  const template = current === 'new' ? null : (templates.find((saved) => saved.id === current) ?? null)
  const select = (id: number | 'new'): void => {
    if (id === current && id !== 'new') return
    if (dirty) setPending(id)
    else choose(id)
  }

  return (
    <Screen title={t('screens.compose.title')} intro={t('screens.compose.intro')}>
      <div className="compose">
        <TemplateList templates={templates} selected={current} onSelect={select} />
        <div className="compose__main">
          <LoadState
            data={
              status === 'loaded' && listsStatus !== 'idle' && listsStatus !== 'loading' ? templates : null
            }
            error={status === 'failed' ? { message: error } : null}
            refetch={() => void loadTemplates()}
            loading={t('compose.loading')}
            failed={t('compose.loadFailed')}
          >
            {() => (
              <TemplateEditor
                key={session}
                template={template}
                previewList={previewList}
                previewControls={
                  <PreviewListPicker listId={previewList?.id ?? null} onChange={setPreviewListId} />
                }
                noLists={<NoLists />}
                onSaved={(saved) => keep(saved.id)}
                onDeleted={() => choose('new')}
                onDirtyChange={setDirty}
              />
            )}
          </LoadState>
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={t('compose.discard.title')}
        confirmLabel={t('compose.discard.confirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending !== null) choose(pending)
          setPending(null)
        }}
      >
        <p>{t('compose.discard.body')}</p>
      </ConfirmDialog>
      <LeaveGuard when={dirty} what={t('compose.leave.what')} />
    </Screen>
  )
}
