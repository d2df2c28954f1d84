import { useState } from 'react'
import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatFileSize } from '../../lib/format'
import { useStore } from '../../state/store'
import { InlineError } from '../../ui/load-states'
import { SavedFile } from '../../ui/saved-file'

type State =
  { step: 'idle'; error: string | null } | { step: 'saving' } | { step: 'saved'; file: string; bytes: number }

/** "Save file" under a photo, voice message or document a contact sent: fetched from WhatsApp and saved. */
export function SaveMedia({ messageId }: { messageId: number }): ReactElement {
  const t = useT()
  const desktop = useStore((state) => state.appInfo?.runtime === 'electron')
  const [state, setState] = useState<State>({ step: 'idle', error: null })

  const save = async (): Promise<void> => {
    setState({ step: 'saving' })
    const result = await api.invoke('inbox:save-media', { messageId })
    if (!result.ok) setState({ step: 'idle', error: result.error.message })
    else if (result.value.status === 'cancelled') setState({ step: 'idle', error: null })
    else setState({ step: 'saved', file: result.value.file, bytes: result.value.bytes })
  }

  if (state.step === 'saved')
    return <SavedFile title={t('inbox.media.saved')} file={state.file} detail={formatFileSize(state.bytes)} />
  return (
    <div className="thread-save">
      <button
        type="button"
        className="button button--small"
        disabled={state.step === 'saving'}
        onClick={() => void save()}
      >
        {state.step === 'saving'
          ? t('inbox.media.fetching')
          : desktop
            ? t('inbox.media.saveAs')
            : t('inbox.media.save')}
      </button>
      {state.step === 'idle' && state.error ? <InlineError>{state.error}</InlineError> : null}
    </div>
  )
}
