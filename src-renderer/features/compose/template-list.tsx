import type { ReactElement } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { formatDate } from '../../lib/format'
import { Card } from '../../ui/card'

type TemplateListProps = {
  templates: Template[]
  selected: number | 'new'
  onSelect: (id: number | 'new') => void
}

function describe(template: Template, t: Translate): string {
  return t('compose.list.meta', { count: template.variants.length, date: formatDate(template.updatedAt) })
}

/** The saved messages, newest first, and the way to start a new one. */
export function TemplateList({ templates, selected, onSelect }: TemplateListProps): ReactElement {
  const t = useT()
  return (
    <Card
      title={t('compose.list.title')}
      className="template-list"
      headClassName="template-list__head"
      titleClassName="template-list__title"
      actions={
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => onSelect('new')}
        >
          {t('compose.list.new')}
        </button>
      }
    >
      {templates.length === 0 ? (
        <p className="template-list__empty">
          {selected === 'new' ? t('compose.list.emptyFirst') : t('compose.list.empty')}
        </p>
      ) : (
        <ul className="template-list__items">
          {selected === 'new' ? (
            <li>
              <span className="template-list__item template-list__item--draft" aria-current="true">
                <span className="template-list__name">{t('compose.list.new')}</span>
                <span className="template-list__meta">{t('compose.list.notSaved')}</span>
              </span>
            </li>
          ) : null}
          {templates.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="template-list__item"
                aria-current={selected === template.id ? 'true' : undefined}
                onClick={() => onSelect(template.id)}
              >
                <span className="template-list__name" title={template.name}>
                  <bdi>{template.name}</bdi>
                </span>
                <span className="template-list__meta">{describe(template, t)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
