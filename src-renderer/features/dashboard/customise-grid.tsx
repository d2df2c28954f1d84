import { useEffect, useId, useRef, useState } from 'react'
import type { DragEvent, ReactElement } from 'react'
import { changeWidget, widgetTitles } from '../../../src-shared/domain/dashboard-layout'
import type { WidgetId, WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { WidgetContent } from './widget-content'
import type { WidgetData } from './widget-content'
import { WidgetFrame } from './widget-frame'
import type { DragHandlers, FrameActions, FrameControl } from './widget-frame'
import { dropOn, moveAmongShown, placeWidgets, positionOf } from './widget-order'

type CustomiseGridProps = {
  widgets: WidgetPlacement[]
  data: WidgetData
  /** Every change, saved as it is made. */
  onChange: (widgets: WidgetPlacement[]) => void
}

type Focus = { id: WidgetId; control: FrameControl }

function placeWords(widgets: readonly WidgetPlacement[], id: WidgetId): string {
  const place = positionOf(widgets, id)
  return place ? `place ${place.at} of ${place.of}` : 'its place'
}

/** The widgets that are hidden, each with Show to put it back where it was. */
function HiddenTray({
  widgets,
  onShow,
}: {
  widgets: readonly WidgetPlacement[]
  onShow: (id: WidgetId) => void
}): ReactElement | null {
  const titleId = useId()
  const hidden = widgets.filter((w) => !w.visible)
  if (hidden.length === 0) return null
  return (
    <section className="card hidden-widgets" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        Hidden widgets
      </h2>
      <p className="card__intro muted">Not on your dashboard. Show one to put it back where it was.</p>
      <ul className="hidden-widgets__list">
        {hidden.map((w) => (
          <li key={w.id} className="hidden-widgets__item">
            <span>{widgetTitles[w.id]}</span>
            <button
              type="button"
              className="button button--small"
              aria-label={`Show ${widgetTitles[w.id]}`}
              onClick={() => onShow(w.id)}
            >
              Show
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
  commit: (next: WidgetPlacement[] | null, id: WidgetId, words: string) => void,
): { dragging: WidgetId | null; over: WidgetId | null; handlers: DragHandlers } {
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
        const next = dropOn(widgets, dragging, id)
        commit(next, dragging, next ? `moved to ${placeWords(next, dragging)}` : '')
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
    id: WidgetId,
    words: string,
    control?: FrameControl,
  ): void => {
    if (!next) return
    onChange(next)
    setSaid(`${widgetTitles[id]} ${words}.`)
    if (control) setFocus({ id, control })
  }
  const { dragging, over, handlers } = useDrag(widgets, commit)
  const actions: FrameActions = {
    move: (id, step, control) => {
      const next = moveAmongShown(widgets, id, step)
      commit(next, id, next ? `moved ${step < 0 ? 'up' : 'down'}, to ${placeWords(next, id)}` : '', control)
    },
    resize: (id, width) => commit(changeWidget(widgets, id, { width }), id, `is now ${width} width`),
    hide: (id) => {
      const shown = widgets.filter((w) => w.visible)
      const next = shown[shown.findIndex((w) => w.id === id) + 1] ?? shown.at(-2)
      commit(changeWidget(widgets, id, { visible: false }), id, 'hidden; it is listed under Hidden widgets')
      if (next && next.id !== id) setFocus({ id: next.id, control: 'hide' })
    },
  }
  const show = (id: WidgetId): void => {
    const next = changeWidget(widgets, id, { visible: true })
    commit(next, id, `shown again, in ${placeWords(next, id)}`, 'handle')
  }

  const placed = placeWidgets(widgets.filter((w) => w.visible))
  return (
    <div className="customise" ref={root}>
      <p id={hintId} className="visually-hidden">
        Drag to move the widget, or press the arrow keys.
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
        <p className="customise__nothing muted">Every widget is hidden. Show some from the list below.</p>
      ) : null}
      <HiddenTray widgets={widgets} onShow={show} />
    </div>
  )
}

/** A half-width widget alone in its row keeps the room beside it, marked, so that its width shows. */
function WidgetSlot({ alone, children }: { alone: boolean; children: ReactElement }): ReactElement {
  if (!alone) return children
  return (
    <>
      {children}
      <div className="widget-grid__room" aria-hidden="true">
        Room for another half-width widget
      </div>
    </>
  )
}
