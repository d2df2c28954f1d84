import { useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { Settings } from '../../../src-shared/domain/settings'
import { ActionBar } from '../../ui/action-bar'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { LeaveGuard } from '../../ui/leave-guard'
import { CampaignSection } from './campaign-section'
import { InboxSection } from './inbox-section'
import { LanguageSection } from './language-section'
import { PacingSection } from './pacing-section'
import { PhoneSection } from './phone-section'
import { useSettingsForm } from './use-settings-form'
import { WhatsAppSection } from './whatsapp-section'
import type { SettingsForm as Form } from './use-settings-form'

function SaveBar({ form, onRestore }: { form: Form; onRestore: () => void }): ReactElement {
  const { dirty, valid, busy, notice } = form
  const hint = !dirty ? '' : valid ? 'You have unsaved changes.' : 'Fix the fields marked in red to save.'
  return (
    <ActionBar
      floating={dirty || notice !== null}
      status={notice?.kind === 'saved' ? notice.text : hint}
      ok={notice?.kind === 'saved'}
      error={notice?.kind === 'error' ? notice.text : null}
    >
      <button type="button" className="button button--quiet" onClick={onRestore} disabled={busy}>
        Restore defaults
      </button>
      <button type="button" className="button" onClick={form.discard} disabled={!dirty || busy}>
        Discard changes
      </button>
      <button type="submit" className="button button--primary" disabled={!dirty || !valid || busy}>
        {busy ? 'Saving…' : 'Save settings'}
      </button>
    </ActionBar>
  )
}

export function SettingsForm({ saved }: { saved: Settings }): ReactElement {
  const form = useSettingsForm(saved)
  const [confirming, setConfirming] = useState(false)

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    void form.save()
  }
  const restore = async (): Promise<void> => {
    await form.restoreDefaults()
    setConfirming(false)
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-label="Settings">
      <LanguageSection text={form.text} errors={form.errors} onChange={form.change} />
      <PhoneSection
        value={form.text.defaultCountry}
        error={form.errors.defaultCountry}
        onChange={form.change}
      />
      <PacingSection text={form.text} errors={form.errors} onChange={form.change} />
      <CampaignSection text={form.text} errors={form.errors} onChange={form.change} />
      <WhatsAppSection text={form.text} errors={form.errors} onChange={form.change} />
      <InboxSection text={form.text} errors={form.errors} onChange={form.change} />
      <SaveBar form={form} onRestore={() => setConfirming(true)} />
      <LeaveGuard when={form.dirty} what="your changes to the settings" />
      <ConfirmDialog
        open={confirming}
        title="Restore the default settings?"
        confirmLabel="Restore defaults"
        busy={form.busy}
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Your default country, sending pace, opt-out words, time zones, WhatsApp and Inbox settings go back
          to how Herald came. Your contacts, messages and history are not touched.
        </p>
      </ConfirmDialog>
    </form>
  )
}
