import type { Migration } from './migration'
import { settings } from './0001-settings'
import { appEvents } from './0002-app-events'
import { contacts } from './0003-contacts'
import { campaigns } from './0004-campaigns'
import { analyticsIndexes } from './0005-analytics-indexes'
import { insightRollups } from './0006-insight-rollups'
import { attachments } from './0007-attachments'
import { messageLogIndex } from './0008-message-log-index'
import { newChatRefused } from './0009-new-chat-refused'
import { webVersionRemoteDropped } from './0010-web-version-remote-dropped'
import { sendSlots } from './0011-send-slots'
import { recentlyContacted } from './0012-recently-contacted'
import { pauseCause } from './0013-pause-cause'
import { campaignWaiting } from './0014-campaign-waiting'
import { searchText } from './0015-search-text'
import { headersAndRepaired } from './0016-headers-and-repaired'
import { contactSearchIndex } from './0017-contact-search-index'
import { accounts } from './0018-accounts'
import { insightByAccount } from './0019-insight-by-account'
import { inbox } from './0020-inbox'
import { savedReports } from './0021-saved-reports'
import { dashboardLayouts } from './0022-dashboard-layouts'
import { reportSchedules } from './0023-report-schedules'
import { alerts } from './0024-alerts'
import { insightPrefixStages } from './0025-insight-prefix-stages'
import { reportRollups } from './0026-report-rollups'
import { replyLinksIndexes } from './0027-reply-links-indexes'
import { importingPhrases } from './0028-importing-phrases'
import { pausePhrases } from './0029-pause-phrases'
import { reportingPhrases } from './0030-reporting-phrases'
import { inboxPhrases } from './0031-inbox-phrases'
import { messageDetailPhrases } from './0032-message-detail-phrases'

/** Every migration in order; the last one's version is the schema this build of Herald writes. */
export const migrations: readonly Migration[] = [
  settings,
  appEvents,
  contacts,
  campaigns,
  analyticsIndexes,
  insightRollups,
  attachments,
  messageLogIndex,
  newChatRefused,
  webVersionRemoteDropped,
  sendSlots,
  recentlyContacted,
  pauseCause,
  campaignWaiting,
  searchText,
  headersAndRepaired,
  contactSearchIndex,
  accounts,
  insightByAccount,
  inbox,
  savedReports,
  dashboardLayouts,
  reportSchedules,
  alerts,
  insightPrefixStages,
  reportRollups,
  replyLinksIndexes,
  importingPhrases,
  pausePhrases,
  reportingPhrases,
  inboxPhrases,
  messageDetailPhrases,
]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0
