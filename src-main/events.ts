import type { EventChannel, EventPayload } from '../src-shared/ipc/contract'

export type EventListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void

/** Main-process events on their way to every window: Electron's webContents and the browser host both listen. */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload)
  }

  /** Returns the function that stops listening. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
