import type { AppContext } from '../../context'
import { numberWords } from '../../inbox/answer-rules'
import type { CliIo } from '../io'
import { readyWithSavedLogin } from './wa-connection'

type ReplyCtx = Pick<AppContext, 'quickReply' | 'accounts' | 'inbox'>

/** How long the number's saved login gets to become ready. */
const connectSeconds = 180

/**
 * `herald inbox reply ID --text TEXT`: answers the conversation from the number it came to, connecting that
 * number with its saved login first, at its pace and logged as the Inbox does. 0 once the answer was sent;
 * 1 with the reason when it was refused (AppError, worded by run.ts), not sent, or may not have gone out.
 */
export async function inboxReply(
  ctx: ReplyCtx,
  conversationId: number,
  text: string,
  io: CliIo,
): Promise<number> {
  // Refused before any browser starts: a dry run's reply, an opted-out contact, an empty text…
  const account = ctx.quickReply.checkAnswer(conversationId, text)
  const { connection } = ctx.accounts.link(account.id)
  const connectedHere = connection.state().status !== 'ready'
  try {
    if (connectedHere) {
      io.err(`Connecting ${numberWords(account)} with its saved login…`)
      const ready = await readyWithSavedLogin(connection, connectSeconds)
      if (!ready.ready) {
        io.err(`herald: ${numberWords(account)} is not connected: ${ready.why}`)
        return 1
      }
    }
    const { answer, conversation } = await ctx.quickReply.send(conversationId, text)
    const to = conversation.name ? `${conversation.name} (${conversation.phone})` : conversation.phone
    if (answer.status === 'sent') {
      // Its phone is known once WhatsApp linked it
      io.out(`Sent the answer to ${to} from ${numberWords(ctx.accounts.get(account.id))}.`)
      return 0
    }
    const what = answer.status === 'uncertain' ? 'may not have gone out' : 'was not sent'
    io.err(`herald: the answer to ${to} ${what}: ${answer.error ?? 'WhatsApp gave no reason.'}`)
    return 1
  } finally {
    // The answer is settled by now: a browser this command started is closed again
    if (connectedHere) await connection.close()
  }
}
