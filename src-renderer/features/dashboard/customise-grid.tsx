import { useEffect, useId, useRef, useState } from 'react'
import type { DragEvent, ReactElement } from 'react'
import { changeWidget } from '../../../src-shared/domain/dashboard-layout'
import type { WidgetId, WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { WidgetContent } from './widget-content'
import type { WidgetData } from './widget-content'
import { WidgetFrame } from './widget-frame'
import type { DragHandlers, FrameActions, FrameControl } from './widget-frame'
import { dropOn, moveAmongShown, placeWidgets, positionOf } from './widget-order'
import { widgetTitle } from './widget-words'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

type CustomiseGridProps = {
  widgets: WidgetPlacement[]
  data: WidgetData
  /** Every change, saved as it is made. */
  onChange: (widgets: WidgetPlacement[]) => void
}

type Focus = { id: WidgetId; control: FrameControl }

type Said = 'moved' | 'movedUp' | 'movedDown' | 'shown'

/** What a screen reader hears after a widget moved: "Best times moved up, to place 2 of 9." */
function placeWords(t: Translate, said: Said, widgets: readonly WidgetPlacement[], id: WidgetId): string {
  const place = positionOf(widgets, id) ?? { at: 0, of: 0 }
  return t(`dashboard.said.${said}`, { widget: widgetTitle(t, id), at: place.at, of: place.of })
}

/** The widgets that are hidden, each with Show to put it back where it was. */
function HiddenTray({
  widgets,
  onShow,
}: {
  widgets: readonly WidgetPlacement[]
  onShow: (id: WidgetId) => void
}): ReactElement | null {
  const t = useT()
  const titleId = useId()
  const hidden = widgets.filter((w) => !w.visible)
  if (hidden.length === 0) return null
  return (
    <section className="card hidden-widgets" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('dashboard.customise.hiddenTitle')}
      </h2>
      <p className="card__intro muted">{t('dashboard.customise.hiddenIntro')}</p>
      <ul className="hidden-widgets__list">
        {hidden.map((w) => (
          <li key={w.id} className="hidden-widgets__item">
            <span>{widgetTitle(t, w.id)}</span>
            <button
              type="button"
              className="button button--small"
              aria-label={t('dashboard.customise.showWidget', { widget: widgetTitle(t, w.id) })}
              onClick={() => onShow(w.id)}
            >
              {t('dashboard.customise.show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Dragging by the handle (HTML5 drag and drop): the widget dropped on another takes its place. */
function useDrag(
  widgets: WidgetPlacement[],
  commit: (next: WidgetPlacement[] | null, words: (next: WidgetPlacement[]) => string) => void,
): { dragging: WidgetId | null; over: WidgetId | null; handlers: DragHandlers } {
  const t = useT()
  const [dragging, setDragging] = useState<WidgetId | null>(null)
  const [over, setOver] = useState<WidgetId | null>(null)
  const end = (): void => {
    setDragging(null)
    setOver(null)
  }
  const handlers: DragHandlers = {
    start: (id, event) => {
      event.dataTransfer.effectAllowed = 'move'
      event.dataTransfer.setData('text/plain', id)
      const frame = event.currentTarget.closest('.widget-frame')
      if (frame) event.dataTransfer.setDragImage(frame, 24, 20)
      setDragging(id)
    },
    over: (id, event) => {
      if (dragging === null || dragging === id) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'move'
      if (over !== id) setOver(id)
    },
    leave: (id, event) => {
      const into = event.relatedTarget
      if (over === id && !(into instanceof Node && event.currentTarget.contains(into))) setOver(null)
    },
    drop: (id, event: DragEvent<HTMLElement>) => {
      event.preventDefault()
      if (dragging !== null) {
        const moved = dragging
        commit(dropOn(widgets, moved, id), (next) => placeWords(t, 'moved', next, moved))
      }
      end()
    },
    end,
  }
  return { dragging, over, handlers }
}

/**
 * Customise: every shown widget in its frame, in the two columns the Dashboard will have, and the hidden
 * ones below. Each change is said to screen readers, and the focus stays on the control that made it.
 */
export function CustomiseGrid({ widgets, data, onChange }: CustomiseGridProps): ReactElement {
  const t = useT()
  const hintId = useId()
  const root = useRef<HTMLDivElement>(null)
  const [said, setSaid] = useState('')
  const [focus, setFocus] = useState<Focus | null>(null)

  useEffect(() => {
    if (!focus || !root.current) return
    const frame = root.current.querySelector(`[data-widget="${focus.id}"]`)
    const wanted = frame?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]`)
    const target =
      wanted && !wanted.disabled ? wanted : frame?.querySelector<HTMLElement>('[data-control="handle"]')
    target?.focus()
    setFocus(null)
  }, [focus])

  const commit = (
    next: WidgetPlacement[] | null,
    words: (next: WidgetPlacement[]) => string,
    focusOn?: Focus,
  ): void => {
    if (!next) return
    onChange(next)
    setSaid(words(next))
    if (focusOn) setFocus(focusOn)
  }
  const { dragging, over, handlers } = useDrag(widgets, commit)
  const actions: FrameActions = {
    move: (id, step, control) =>
      commit(
        moveAmongShown(widgets, id, step),
        (next) => placeWords(t, step < 0 ? 'movedUp' : 'movedDown', next, id),
        { id, control },
      ),
    resize: (id, width) =>
      commit(changeWidget(widgets, id, { width }), () =>
        t('dashboard.said.width', { widget: widgetTitle(t, id), width }),
      ),
    hide: (id) => {
      const shown = widgets.filter((w) => w.visible)
      const next = shown[shown.findIndex((w) => w.id === id) + 1] ?? shown.at(-2)
      commit(changeWidget(widgets, id, { visible: false }), () =>
        t('dashboard.said.hidden', { widget: widgetTitle(t, id) }),
      )
      if (next && next.id !== id) setFocus({ id: next.id, control: 'hide' })
    },
  }
  const show = (id: WidgetId): void =>
    commit(changeWidget(widgets, id, { visible: true }), (next) => placeWords(t, 'shown', next, id), {
      id,
      control: 'handle',
    })

  const placed = placeWidgets(widgets.filter((w) => w.visible))
  return (
    <div className="customise" ref={root}>
      <p id={hintId} className="visually-hidden">
        {t('dashboard.customise.hint')}
      </p>
      <p className="visually-hidden" aria-live="polite" role="status">
        {said}
      </p>
      <div className="widget-grid widget-grid--customise">
        {placed.map((p, i) => (
          <WidgetSlot key={p.widget.id} alone={p.alone}>
            <WidgetFrame
              placed={p}
              first={i === 0}
              last={i === placed.length - 1}
              dragged={dragging === p.widget.id}
              target={over === p.widget.id}
              hintId={hintId}
              actions={actions}
              drag={handlers}
            >
              <WidgetContent id={p.widget.id} data={data} />
            </WidgetFrame>
          </WidgetSlot>
        ))}
      </div>
      {placed.length === 0 ? (
        <p className="customise__nothing muted">{t('dashboard.customise.allHidden')}</p>
      ) : null}
      <HiddenTray widgets={widgets} onShow={show} />
    </div>
  )
}

/** A half-width widget alone in its row keeps the room beside it, marked, so that its width shows. */
function WidgetSlot({ alone, children }: { alone: boolean; children: ReactElement }): ReactElement {
  const t = useT()
  if (!alone) return children
  return (
    <>
      {children}
      <div className="widget-grid__room" aria-hidden="true">
        {t('dashboard.customise.room')}
      </div>
    </>
  )
}
