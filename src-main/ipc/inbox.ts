import path from 'node:path'
import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
import type { Handlers } from './dispatch'
import { fileError } from './reports'

type InboxChannels = 'inbox:list' | 'inbox:open' | 'inbox:mark' | 'inbox:reply-send' | 'inbox:save-media'

/**
 * "Save file" under a contact's photo, voice message or file: fetched from WhatsApp first (so that a file
 * WhatsApp no longer has is said before a dialog opens), then saved where the user chooses, proposed in the
 * data folder's inbox-media under a name of Herald's own, and listed with the other files this run saved.
 */
function saveMediaHandler(ctx: AppContext, saved: Set<string>): Handlers['inbox:save-media'] {
  return async ({ messageId }) => {
    const media = await ctx.inboxMedia.fetch(messageId)
    const ext = path.extname(media.name).slice(1)
    const { kind } = media
    const chosen = await ctx.desktop.chooseSaveFile({
      title: phrase('system.dialog.saveMedia.title', { kind }),
      defaultPath: path.join(ctx.inboxMedia.folder, media.name),
      filters: [{ name: phrase('system.dialog.filter.media', { kind }), extensions: [ext] }],
    })
    if (!chosen) return { status: 'cancelled' }
    const file = path.extname(chosen) === '' ? `${chosen}.${ext}` : chosen
    let bytes: number
    try {
      bytes = await ctx.inboxMedia.save(media, file)
    } catch (error) {
      throw fileError(error, file)
    }
    saved.add(path.resolve(file))
    return { status: 'saved', file, bytes, rows: 0 }
  }
}

/** The Inbox screen's requests; new replies arrive as 'inbox:changed' and 'inbox:reply'. */
export function inboxHandlers(
  ctx: AppContext,
  files: { saved?: Set<string> } = {},
): Pick<Handlers, InboxChannels> {
  return {
    'inbox:list': (input) => ctx.inbox.list(input),
    'inbox:open': ({ conversationId }) => ctx.inbox.open(conversationId),
    'inbox:mark': (input) => ctx.inbox.mark(input),
    'inbox:reply-send': async ({ conversationId, text }) =>
      (await ctx.quickReply.send(conversationId, text)).conversation,
    'inbox:save-media': saveMediaHandler(ctx, files.saved ?? new Set()),
  }
}
