import { useState } from 'react'
import type { KeyboardEvent, ReactElement } from 'react'
import type { Variant } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import { maxVariantName, maxVariants, renameProblem, variantProblems } from './draft'

type VariantTabsProps = {
  variants: Variant[]
  active: number
  panelId: string
  onSelect: (index: number) => void
  onAdd: () => void
  onRename: (index: number, name: string) => void
  onRemove: (index: number) => void
}

/** A small quiet button beside the tabs, named in full for screen readers ("Rename variant"). */
function VariantAction(props: { label: string; onClick: () => void; children: string }): ReactElement {
  return (
    <button
      type="button"
      className="button button--small button--quiet"
      aria-label={props.label}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  )
}

export const tabId = (index: number): string => `variant-tab-${index}`

function RenameForm(props: {
  variant: Variant
  others: Variant[]
  onDone: (name: string | null) => void
}): ReactElement {
  const t = useT()
  const [name, setName] = useState(props.variant.name)
  const problem = renameProblem(name, props.others, t)
  return (
    <form
      className="variant-rename"
      onSubmit={(event) => {
        event.preventDefault()
        if (!problem) props.onDone(name.trim())
      }}
    >
      <label className="visually-hidden" htmlFor="variant-rename">
        {t('compose.variant.nameLabel')}
      </label>
      <input
        id="variant-rename"
        className="input variant-rename__input"
        value={name}
        maxLength={maxVariantName}
        autoFocus
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? 'variant-rename-problem' : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && props.onDone(null)}
      />
      <button type="submit" className="button button--small" disabled={Boolean(problem)}>
        {t('compose.variant.done')}
      </button>
      {problem ? (
        <span id="variant-rename-problem" className="variant-rename__problem">
          {problem}
        </span>
      ) : null}
    </form>
  )
}

/** The wordings of one message as tabs; A/B tests and rules pick between them in a campaign. */
export function VariantTabs(props: VariantTabsProps): ReactElement {
  const { variants, active, panelId, onSelect, onAdd, onRename, onRemove } = props
  const t = useT()
  const [renaming, setRenaming] = useState(false)
  const current = variants[active]

  const onKeyDown = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    const next = (active + step + variants.length) % variants.length
    onSelect(next)
    document.getElementById(tabId(next))?.focus()
  }

  return (
    <div className="variant-bar">
      <div className="variant-tabs">
        {/* The tablist holds only tabs (ARIA): "Add variant" is its neighbour */}
        <div
          className="variant-tabs__list"
          role="tablist"
          aria-label={t('compose.variant.tabs')}
          onKeyDown={onKeyDown}
        >
          {variants.map((variant, index) => (
            <button
              key={index}
              id={tabId(index)}
              type="button"
              role="tab"
              className={`variant-tab${variantProblems(variant.body, t).length && variant.body ? ' variant-tab--problem' : ''}`}
              aria-selected={index === active}
              aria-controls={panelId}
              tabIndex={index === active ? 0 : -1}
              onClick={() => onSelect(index)}
            >
              <bdi>{variant.name}</bdi>
            </button>
          ))}
        </div>
        {variants.length < maxVariants ? (
          <button type="button" className="variant-tabs__add" onClick={onAdd}>
            {t('compose.variant.add')}
          </button>
        ) : null}
      </div>
      {current && renaming ? (
        <RenameForm
          variant={current}
          others={variants.filter((_, index) => index !== active)}
          onDone={(name) => {
            if (name) onRename(active, name)
            setRenaming(false)
          }}
        />
      ) : (
        <div className="variant-actions">
          <VariantAction label={t('compose.variant.renameLabel')} onClick={() => setRenaming(true)}>
            {t('compose.variant.rename')}
          </VariantAction>
          {variants.length > 1 ? (
            <VariantAction label={t('compose.variant.removeLabel')} onClick={() => onRemove(active)}>
              {t('compose.variant.remove')}
            </VariantAction>
          ) : null}
        </div>
      )}
    </div>
  )
}
