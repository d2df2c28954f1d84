import { api, connection, hostToken } from '../lib/api'
import { navigateTo } from '../lib/navigate'
import { createInvalidator, queryClient } from '../lib/query'
import { createAlertNotifier } from '../lib/alert-notifications'
import { browserNotifications, createReplyNotifier } from '../lib/reply-notifications'
import { reloadAtStart } from '../lib/show-workspace'
import { useStore } from './store'

let stop: (() => void) | null = null

function refreshAfterReconnect(): void {
  const store = useStore.getState()
  void store.loadWhatsAppState()
  if (store.linkTestStatus !== 'idle') void store.loadLinkTestStatus()
  // Events pushed while the socket was down are lost, so read again what the screens show.
  void queryClient.invalidateQueries()
  if (store.settingsStatus !== 'idle') void store.loadSettings()
  if (store.appInfoStatus === 'failed') void store.loadAppInfo()
  store.noteListsChanged(null)
  store.noteTemplatesChanged()
  if (store.campaignsStatus !== 'idle') void store.loadCampaigns()
  void store.loadInboxUnread()
  // Progress pushed while the socket was down is lost: campaigns that were still moving are read again.
  for (const progress of Object.values(store.progress))
    if (!['completed', 'cancelled'].includes(progress.status)) void store.loadCampaign(progress.campaignId)
}

/** Wires push events and the connection into the store, once, and loads what the shell shows. */
export function startSubscriptions(): () => void {
  if (stop) return stop
  const store = useStore.getState()
  store.setConnection(connection.status())
  // What the query layer read goes stale on the events each read named.
  const stale = createInvalidator(queryClient)
  const showConversation = (conversationId: number): void => navigateTo(`/inbox/${conversationId}`)
  // The desktop app's notifications come from the main process; the browser run shows its own.
  const notifyReply =
    hostToken === null
      ? null
      : createReplyNotifier({
          notifications: browserNotifications(),
          open: showConversation,
          focus: () => window.focus(),
        })
  const notifyAlert =
    hostToken === null
      ? null
      : createAlertNotifier({
          notifications: browserNotifications(),
          open: navigateTo,
          focus: () => window.focus(),
        })
  const unsubscribers = [
    api.on('settings:changed', (settings) => {
      useStore.getState().setSettings(settings)
      stale('settings:changed')
      // Whether rehearsal replies are shown changes the navigation's count of unread ones.
      void useStore.getState().loadInboxUnread()
    }),
    api.on('whatsapp:state', (state) => useStore.getState().setWhatsAppState(state)),
    api.on('whatsapp:test-progress', (test) => useStore.getState().setLinkTest(test)),
    api.on('accounts:state', ({ accountId, state }) => {
      useStore.getState().setNumberState(accountId, state)
      stale('accounts:state')
    }),
    api.on('accounts:changed', () => stale('accounts:changed')),
    api.on('accounts:test-progress', ({ accountId, test }) =>
      useStore.getState().setNumberTest(accountId, test),
    ),
    api.on('lists:changed', ({ listId }) => {
      useStore.getState().noteListsChanged(listId)
      stale('lists:changed')
    }),
    api.on('import:progress', (progress) => useStore.getState().setImportProgress(progress)),
    api.on('templates:changed', () => {
      useStore.getState().noteTemplatesChanged()
      stale('templates:changed')
    }),
    api.on('workspaces:changed', ({ switched }) => {
      // Every page reads the workspace now shown afresh (the browser run may have several open).
      if (switched) reloadAtStart()
      else stale('workspaces:changed')
    }),
    api.on('campaign:progress', (progress) => {
      useStore.getState().setProgress(progress)
      stale('campaign:progress')
    }),
    api.on('inbox:changed', ({ unread }) => {
      useStore.getState().noteInboxChanged(unread)
      stale('inbox:changed')
    }),
    // A scheduled report ran: its schedule's last and next runs, and the run history, are read again
    api.on('reports:scheduled-run', () => stale('reports:scheduled-run')),
    api.on('inbox:reply', (reply) => notifyReply?.(reply)),
    // An alert rule fired: a note in the window either way, and the browser run's own desktop notification
    api.on('alerts:notify', (notice) => {
      useStore.getState().showAlertToast(notice)
      notifyAlert?.(notice)
      stale('alerts:notify')
    }),
    api.on('alerts:changed', () => stale('alerts:changed')),
    api.on('inbox:show', ({ conversationId }) => showConversation(conversationId)),
    connection.onStatus((status) => {
      const wasLost = useStore.getState().connection === 'lost'
      useStore.getState().setConnection(status)
      if (status === 'open' && wasLost) refreshAfterReconnect()
    }),
  ]
  void store.loadAppInfo()
  void store.loadWhatsAppState()
  void store.loadInboxUnread()
  stop = () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
    stop = null
  }
  return stop
}
