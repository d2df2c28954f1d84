import { useMemo, useState } from 'react'
import { validateSettings } from '../../../src-shared/domain/settings'
import type { SettingKey, Settings } from '../../../src-shared/domain/settings'
import type { Result } from '../../../src-shared/ipc/result'
import { useSay, useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { changedKeys, editText, editsFrom, patchToSave, toCandidate, toText } from './form-values'
import type { FormText } from './form-values'
import { settingErrorWords } from './setting-errors'

export type Notice = { kind: 'saved' | 'error'; text: string } | null

export type SettingsForm = {
  text: FormText
  errors: Partial<Record<SettingKey, string>>
  dirty: boolean
  valid: boolean
  busy: boolean
  notice: Notice
  change: (key: SettingKey, value: string) => void
  save: () => Promise<void>
  discard: () => void
  restoreDefaults: () => Promise<boolean>
}

/** The settings form: edits kept as text over the saved settings, checked with the shared rules as typed. */
export function useSettingsForm(saved: Settings): SettingsForm {
  const t = useT()
  const say = useSay()
  const saveSettings = useStore((state) => state.saveSettings)
  const resetSettings = useStore((state) => state.resetSettings)
  const [edits, setEdits] = useState<Partial<FormText>>({})
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<Notice>(null)
  const [busy, setBusy] = useState(false)

  const savedText = useMemo(() => toText(saved), [saved])
  const text = useMemo(() => ({ ...savedText, ...edits }), [savedText, edits])
  const candidate = useMemo(() => toCandidate(text), [text])
  const clientErrors = useMemo(() => validateSettings(candidate), [candidate])
  const clientWords = useMemo(
    () => settingErrorWords(say, candidate, clientErrors),
    [say, candidate, clientErrors],
  )
  const dirty = changedKeys(candidate, saved).length > 0
  const valid = Object.keys(clientErrors).length === 0

  const settle = (result: Result<Settings>, success: string): boolean => {
    if (result.ok) {
      setEdits({})
      setServerErrors({})
      setNotice({ kind: 'saved', text: success })
      return true
    }
    // Each field says what is wrong with it, and the notice names the first by its label ("At most per
    // day: …"), all in the window's language (lib/api.ts words the refusal as it arrives)
    setServerErrors(result.error.fields ?? {})
    setNotice({ kind: 'error', text: result.error.message })
    return false
  }

  return {
    text,
    errors: { ...serverErrors, ...clientWords },
    dirty,
    valid,
    busy,
    notice,
    change(key, value) {
      // From the latest edits, so that two changes in one event (both ends of the window) both hold
      setEdits((current) => editsFrom(editText({ ...savedText, ...current }, key, value), savedText))
      setServerErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([field]) => field !== key)),
      )
      setNotice(null)
    },
    async save() {
      const patch = patchToSave(candidate, saved)
      if (!patch || !valid || !dirty) return
      setBusy(true)
      settle(await saveSettings(patch), t('settings.save.saved'))
      setBusy(false)
    },
    discard() {
      setEdits({})
      setServerErrors({})
      setNotice(null)
    },
    async restoreDefaults() {
      setBusy(true)
      const done = settle(await resetSettings(), t('settings.save.restored'))
      setBusy(false)
      return done
    },
  }
}
