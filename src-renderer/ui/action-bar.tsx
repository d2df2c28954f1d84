import type { ReactElement, ReactNode } from 'react'
import './action-bar.css'

type ActionBarProps = {
  /** Follows the user down the page, while there is something to save. */
  floating: boolean
  /** Where the form stands, in a few words: "Unsaved changes.", "Saved." */
  status: string
  /** The status is good news. */
  ok?: boolean
  /** Why the last save failed, if it did. */
  error?: ReactNode
  /** The buttons, the main one last. */
  children: ReactNode
}

/** The bar under a form: what state it is in, and the buttons to save or undo. */
export function ActionBar({ floating, status, ok, error, children }: ActionBarProps): ReactElement {
  return (
    <div className={`action-bar${floating ? ' action-bar--floating' : ''}`}>
      <div className="action-bar__messages">
        <p className={`action-bar__status${ok ? ' action-bar__status--ok' : ''}`} role="status">
          {status}
        </p>
        {error ? (
          <p className="action-bar__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="action-bar__buttons">{children}</div>
    </div>
  )
}
