import type { ReactElement } from 'react'
import type { Template } from '../../../src-shared/domain/campaigns'
import { formatDate } from '../../lib/format'
import { Card } from '../../ui/card'

type TemplateListProps = {
  templates: Template[]
  selected: number | 'new'
  onSelect: (id: number | 'new') => void
}

function describe(template: Template): string {
  const variants = template.variants.length
  return `${variants === 1 ? '1 variant' : `${variants} variants`} · edited ${formatDate(template.updatedAt)}`
}

/** The saved messages, newest first, and the way to start a new one. */
export function TemplateList({ templates, selected, onSelect }: TemplateListProps): ReactElement {
  return (
    <Card
      title="Saved messages"
      className="template-list"
      headClassName="template-list__head"
      titleClassName="template-list__title"
      actions={
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => onSelect('new')}
        >
          New message
        </button>
      }
    >
      {templates.length === 0 ? (
        <p className="template-list__empty">
          {selected === 'new' ? 'None yet. Your first message is on the right.' : 'None yet.'}
        </p>
      ) : (
        <ul className="template-list__items">
          {selected === 'new' ? (
            <li>
              <span className="template-list__item template-list__item--draft" aria-current="true">
                <span className="template-list__name">New message</span>
                <span className="template-list__meta">Not saved yet</span>
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
                  {template.name}
                </span>
                <span className="template-list__meta">{describe(template)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
