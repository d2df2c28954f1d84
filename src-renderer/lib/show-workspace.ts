/**
 * After a switch of workspace: the page loads again, at the app's start, so that every screen reads the
 * workspace now shown and no page of the last one stays open (a list or a campaign that is not in this one).
 * The address changes without a navigation, so no screen is asked to let go first.
 */
export function reloadAtStart(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#/`)
  location.reload()
}
