type Navigate = (path: string) => void

// The app's router, once made (app.tsx): a push event or a notification click can then change the screen
// the way a link does, and a screen with unsaved work can still hold the change back.
let routerNavigate: Navigate | null = null

/** Called by the app when its router exists. */
export function setNavigator(navigate: Navigate): void {
  routerNavigate = navigate
}

/** Shows the screen at `path` ("/inbox/12") from outside React: a push event, a notification's click. */
export function navigateTo(path: string): void {
  if (routerNavigate) routerNavigate(path)
  else location.hash = `#${path}`
}
