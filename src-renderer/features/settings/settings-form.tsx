import { useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { Settings } from '../../../src-shared/domain/settings'
import { useT } from '../../i18n/use-t'
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
  const t = useT()
  const hint = !dirty ? '' : valid ? t('settings.save.unsaved') : t('settings.save.fixFields')
  return (
    <ActionBar
      floating={dirty || notice !== null}
      status={notice?.kind === 'saved' ? notice.text : hint}
      ok={notice?.kind === 'saved'}
      error={notice?.kind === 'error' ? notice.text : null}
    >
      <button type="button" className="button button--quiet" onClick={onRestore} disabled={busy}>
        {t('settings.save.restore')}
      </button>
      <button type="button" className="button" onClick={form.discard} disabled={!dirty || busy}>
        {t('settings.save.discard')}
      </button>
      <button type="submit" className="button button--primary" disabled={!dirty || !valid || busy}>
        {busy ? t('settings.save.saving') : t('settings.save.button')}
      </button>
    </ActionBar>
  )
}

export function SettingsForm({ saved }: { saved: Settings }): ReactElement {
  const t = useT()
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
    <form className="settings-form" onSubmit={submit} noValidate aria-label={t('settings.form.label')}>
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
      <LeaveGuard when={form.dirty} what={t('settings.leave.what')} />
      <ConfirmDialog
        open={confirming}
        title={t('settings.restore.title')}
        confirmLabel={t('settings.restore.confirm')}
        busy={form.busy}
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('settings.restore.body')}</p>
      </ConfirmDialog>
    </form>
  )
}
