// The unsaved work on screen (each LeaveGuard that holds some), for what leaves the page by another way than
// a navigation: a switch of workspace asks about it in Herald's own words, then reloads without the
// browser's question.

const held = new Set<{ what: string }>()
let unloadAllowed = false

/** Notes unsaved work ("your changes to the settings"); returns the function that forgets it. */
export function holdUnsavedWork(what: string): () => void {
  const entry = { what }
  held.add(entry)
  return () => void held.delete(entry)
}

/** What the screen has not saved, as a question says it; null when nothing. */
export function unsavedWork(): string | null {
  for (const entry of held) return entry.what
  return null
}

/** Lets the page unload without the browser asking: the user has just answered Herald's own question. */
export function allowUnload(allowed: boolean): void {
  unloadAllowed = allowed
}

/** Whether the browser should ask before the page unloads. */
export function unloadNeedsAsking(): boolean {
  return !unloadAllowed
}
