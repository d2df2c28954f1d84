import type { ReactElement, ReactNode } from 'react'
import './chat-bubble.css'

// WhatsApp shows *bold*, _italic_, ~struck~ and ```monospace``` text; the preview should too.
const marks = /(```[^`]+```|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~)/g

function formatted(text: string): ReactNode[] {
  return text.split(marks).map((part, index) => {
    if (index % 2 === 0) return part
    if (part.startsWith('```')) return <code key={index}>{part.slice(3, -3)}</code>
    const inner = part.slice(1, -1)
    if (part.startsWith('*')) return <strong key={index}>{inner}</strong>
    if (part.startsWith('_')) return <em key={index}>{inner}</em>
    return <s key={index}>{inner}</s>
  })
}

type ChatBubbleProps = {
  text: string
  time?: string
  label?: string
  /** A picture or document shown above the text, which is then its caption. */
  media?: ReactNode
}

/** A message as the contact will see it in WhatsApp: an outgoing bubble on the chat background. */
export function ChatBubble({ text, time, label, media }: ChatBubbleProps): ReactElement {
  return (
    <div className="chat" aria-label={label} role={label ? 'figure' : undefined}>
      <div className={`chat-bubble${media ? ' chat-bubble--media' : ''}`}>
        {media ? <div className="chat-bubble__media">{media}</div> : null}
        <p className="chat-bubble__text">
          {formatted(text)}
          <span className="chat-bubble__spacer" />
        </p>
        <span className="chat-bubble__meta" aria-hidden="true">
          {time}
          <svg viewBox="0 0 16 11" className="chat-bubble__ticks" focusable="false">
            <path d="M1 6l3 3 6-7M6 9l1 1 6-8" fill="none" stroke="currentColor" strokeWidth="1.4" />
          </svg>
        </span>
      </div>
    </div>
  )
}
