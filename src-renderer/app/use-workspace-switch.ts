import { useState } from 'react'
import { sameWorkspaceName } from '../../src-shared/domain/workspaces'
import { api } from '../lib/api'
import { reloadAtStart } from '../lib/show-workspace'
import { allowUnload, unsavedWork } from '../ui/unsaved-work'

/** What to ask before a switch: the campaigns that would go on in the background, the work not saved. */
export type SwitchQuestion = { target: string; from: string; sending: string[]; unsaved: string | null }

export type WorkspaceSwitch = {
  question: SwitchQuestion | null
  busy: boolean
  /** Why the last switch did not happen, in Herald's words. */
  error: string | null
  /** Switches to `name`, asking first when a campaign is sending here or work is not saved. */
  choose: (name: string) => Promise<void>
  /** The user said go on. */
  confirm: () => void
  /** The user stays; the question and any error go. */
  dismiss: () => void
}

/** Switching workspaces from the window: the question first when there is one, then a reload. */
export function useWorkspaceSwitch(): WorkspaceSwitch {
  const [question, setQuestion] = useState<SwitchQuestion | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const go = async (name: string, leaveSending: boolean): Promise<void> => {
    setBusy(true)
    setError(null)
    // Unsaved work was asked about already: the browser need not ask again when the page reloads.
    allowUnload(true)
    const result = await api.invoke('workspaces:switch', { name, leaveSending })
    if (result.ok) return reloadAtStart()
    allowUnload(false)
    setBusy(false)
    setError(result.error.message)
  }

  const choose = async (name: string): Promise<void> => {
    setError(null)
    // Read now, not from the cache: a campaign may have started since the menu was drawn.
    const listed = await api.invoke('workspaces:list', {})
    if (!listed.ok) return setError(listed.error.message)
    const current = listed.value.find((w) => w.current)
    if (current && sameWorkspaceName(current.name, name)) return
    const asked: SwitchQuestion = {
      target: name,
      from: current?.name ?? '',
      sending: current?.sending ?? [],
      unsaved: unsavedWork(),
    }
    if (asked.sending.length > 0 || asked.unsaved) return setQuestion(asked)
    await go(name, false)
  }

  return {
    question,
    busy,
    error,
    choose,
    confirm: () => {
      if (question) void go(question.target, question.sending.length > 0)
    },
    dismiss: () => {
      setQuestion(null)
      setError(null)
    },
  }
}
