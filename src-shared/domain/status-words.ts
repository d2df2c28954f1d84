import type { CampaignStatus, MessageStatus } from './campaigns'

/** A campaign's status in the words every screen, the PDF and the spreadsheet exports use. */
export const campaignStatusLabels: Readonly<Record<CampaignStatus, string>> = {
  draft: 'Not started',
  scheduled: 'Scheduled',
  running: 'Sending',
  paused: 'Paused',
  completed: 'Finished',
  cancelled: 'Stopped',
  interrupted: 'Interrupted',
}

/** A message's status in the words every screen and the spreadsheet exports use. */
export const messageStatusLabels: Readonly<Record<MessageStatus, string>> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  replied: 'Replied',
  failed: 'Failed',
  skipped: 'Skipped',
}
