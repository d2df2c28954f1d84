import type { ErrorCategory, PausingCategory } from './campaigns'

export type Severity = 'skip' | 'pause' | 'retry' | 'fail'

type CategoryInfo = {
  label: string
  severity: Severity
  recommendation: string
  /** The advice once these failures have paused the campaign, where `recommendation` says to pause it. */
  whilePaused?: string
}

/** What each kind of failure means for the campaign, and what the shop owner can do about it. */
export const categoryInfo: {
  // Exactly the pausing categories pause: each is also a campaign's pause cause
  [C in ErrorCategory]: CategoryInfo & {
    severity: C extends PausingCategory ? 'pause' : Exclude<Severity, 'pause'>
  }
} = {
  invalid_number: {
    label: 'Invalid number',
    severity: 'skip',
    recommendation: 'Correct the number in your spreadsheet and import it again.',
  },
  not_on_whatsapp: {
    label: 'Not on WhatsApp',
    severity: 'skip',
    recommendation: 'This person has no WhatsApp account on that number: reach them another way.',
  },
  opted_out: {
    label: 'Opted out',
    severity: 'skip',
    recommendation: 'They asked not to receive messages. Herald will never message them.',
  },
  duplicate: {
    label: 'Duplicate',
    severity: 'skip',
    recommendation: 'The same number is earlier in the list; it gets the message once.',
  },
  recently_contacted: {
    label: 'Messaged recently',
    severity: 'skip',
    recommendation:
      'This number got a message from Herald a few days before, so this campaign left it out to avoid messaging people too often. Send to it in a later campaign, or lower "Leave out contacts messaged in the last … days" when you create one.',
  },
  disconnected: {
    label: 'WhatsApp disconnected',
    severity: 'pause',
    recommendation: 'Check that the phone has internet and WhatsApp open, reconnect on Connect, then resume.',
  },
  session_lost: {
    label: 'Logged out of WhatsApp',
    severity: 'pause',
    recommendation: 'Scan the QR code again on Connect, then resume the campaign.',
  },
  rate_limited: {
    label: 'WhatsApp is limiting this number',
    severity: 'pause',
    recommendation: 'Wait several hours before resuming, and choose a slower pace: the account is at risk.',
  },
  timeout: {
    label: 'Timed out',
    severity: 'retry',
    recommendation: 'Herald tries again a few times; if it keeps happening, check the internet connection.',
  },
  network: {
    label: 'Network problem',
    severity: 'retry',
    recommendation: 'Herald tries again a few times; check the internet connection if it keeps failing.',
  },
  media_error: {
    label: 'Attachment problem',
    severity: 'fail',
    recommendation:
      'Check that the attachment is an image or PDF under 16 MB, and that the file still exists.',
  },
  new_chat_refused: {
    label: 'WhatsApp would not start this chat',
    severity: 'fail',
    recommendation:
      'This was the first message to this number, and WhatsApp Web does not know the contact well enough yet to start a chat. Send them one message from your phone (or wait until they write to you), then open the campaign in History and choose "Retry failed / unsent": nothing was sent.',
  },
  uncertain: {
    label: 'Not sure it was sent',
    severity: 'fail',
    recommendation:
      'Herald could not tell whether this one went out (it stopped while sending, or WhatsApp did not confirm it). Look in the chat in WhatsApp; resend it yourself only if it is not there.',
  },
  unknown: {
    label: 'Unexpected error',
    severity: 'fail',
    recommendation:
      'See the detail and the log file; if it keeps happening, check the message and its attachment before sending again.',
    whilePaused:
      'See the detail and the log file, and resume once the cause is fixed; if it happens again, choose a slower pace.',
  },
}

/** What to do about failures of this category once they have paused the campaign. */
export function adviceWhilePaused(category: ErrorCategory): string {
  const info: CategoryInfo = categoryInfo[category]
  return info.whilePaused ?? info.recommendation
}

/** Whether a failure of this category pauses the campaign (the category is then its pause cause). */
export function pausesCampaign(category: ErrorCategory): category is PausingCategory {
  return categoryInfo[category].severity === 'pause'
}
