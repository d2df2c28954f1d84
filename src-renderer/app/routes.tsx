import type { ComponentType, ReactElement } from 'react'
import { AlertsScreen } from '../features/alerts/alerts-screen'
import { CampaignsScreen } from '../features/campaigns/campaigns-screen'
import { LiveScreen } from '../features/campaigns/live-screen'
import { NewCampaignScreen } from '../features/campaigns/new-campaign-screen'
import { ComposeScreen } from '../features/compose/compose-screen'
import { ConnectScreen } from '../features/connect/connect-screen'
import { ContactsScreen } from '../features/contacts/contacts-screen'
import { NewReportScreen, SavedReportScreen } from '../features/custom-reports/builder-screen'
import { CustomReportsScreen } from '../features/custom-reports/custom-reports-screen'
import { ReportPrintPage } from '../features/custom-reports/print-page'
import { ImportScreen } from '../features/contacts/import-screen'
import { ListScreen } from '../features/contacts/list-screen'
import { OptOutsScreen } from '../features/contacts/opt-outs-screen'
import { DashboardScreen } from '../features/dashboard/dashboard-screen'
import { HistoryCampaignScreen } from '../features/history/campaign-page'
import { CompareScreen } from '../features/history/compare-page'
import { HistoryScreen } from '../features/history/history-screen'
import { ConversationScreen } from '../features/inbox/conversation-screen'
import { InboxScreen } from '../features/inbox/inbox-screen'
import { UnreadBadge } from '../features/inbox/unread-badge'
import { SchedulesScreen } from '../features/report-schedules'
import { ReportPage } from '../features/reports/report-page'
import { SettingsScreen } from '../features/settings/settings-screen'
import {
  BellIcon,
  CampaignsIcon,
  ComposeIcon,
  ConnectIcon,
  ContactsIcon,
  DashboardIcon,
  HistoryIcon,
  InboxIcon,
  ReportsIcon,
  SettingsIcon,
} from '../ui/icons'

export type ScreenRoute = {
  path: string
  /** Its words' key in the catalogues (shell.nav.<id>). */
  id: string
  /** Its English name (the e2e page objects find the links by it). */
  name: string
  group: 'journey' | 'results' | 'app'
  Icon: (props: { className?: string }) => ReactElement
  Screen: ComponentType
  /** A count beside the name in the sidebar (unread replies). */
  Badge?: ComponentType
}

/** Every screen, in the order of the user's journey; the sidebar follows this order. */
export const screens: ScreenRoute[] = [
  {
    path: '/connect',
    id: 'connect',
    name: 'Connect',
    group: 'journey',
    Icon: ConnectIcon,
    Screen: ConnectScreen,
  },
  {
    path: '/contacts',
    id: 'contacts',
    name: 'Contacts',
    group: 'journey',
    Icon: ContactsIcon,
    Screen: ContactsScreen,
  },
  {
    path: '/compose',
    id: 'compose',
    name: 'Compose',
    group: 'journey',
    Icon: ComposeIcon,
    Screen: ComposeScreen,
  },
  {
    path: '/campaigns',
    id: 'campaigns',
    name: 'Campaigns',
    group: 'journey',
    Icon: CampaignsIcon,
    Screen: CampaignsScreen,
  },
  {
    path: '/dashboard',
    id: 'dashboard',
    name: 'Dashboard',
    group: 'results',
    Icon: DashboardIcon,
    Screen: DashboardScreen,
  },
  {
    path: '/history',
    id: 'history',
    name: 'History',
    group: 'results',
    Icon: HistoryIcon,
    Screen: HistoryScreen,
  },
  {
    path: '/inbox',
    id: 'inbox',
    name: 'Inbox',
    group: 'results',
    Icon: InboxIcon,
    Screen: InboxScreen,
    Badge: UnreadBadge,
  },
  {
    path: '/reports',
    id: 'reports',
    name: 'Reports',
    group: 'results',
    Icon: ReportsIcon,
    Screen: CustomReportsScreen,
  },
  { path: '/alerts', id: 'alerts', name: 'Alerts', group: 'app', Icon: BellIcon, Screen: AlertsScreen },
  {
    path: '/settings',
    id: 'settings',
    name: 'Settings',
    group: 'app',
    Icon: SettingsIcon,
    Screen: SettingsScreen,
  },
]

/** Pages inside a screen; the sidebar keeps their screen highlighted because their paths start with its path. */
export const subRoutes: { path: string; Screen: ComponentType }[] = [
  { path: '/contacts/import', Screen: ImportScreen },
  { path: '/contacts/lists/:listId', Screen: ListScreen },
  { path: '/contacts/opt-outs', Screen: OptOutsScreen },
  { path: '/campaigns/new', Screen: NewCampaignScreen },
  { path: '/campaigns/:campaignId', Screen: LiveScreen },
  { path: '/history/compare/:a/:b', Screen: CompareScreen },
  { path: '/history/compare', Screen: CompareScreen },
  { path: '/history/:campaignId/report', Screen: ReportPage },
  { path: '/history/:campaignId', Screen: HistoryCampaignScreen },
  { path: '/inbox/:conversationId', Screen: ConversationScreen },
  { path: '/reports/new', Screen: NewReportScreen },
  { path: '/reports/schedules', Screen: SchedulesScreen },
  { path: '/reports/saved/:name', Screen: SavedReportScreen },
  { path: '/reports/print', Screen: ReportPrintPage },
]
