import { useEffect } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { Screen } from '../../app/screen'
import { useStore } from '../../state/store'
import { CheckStep } from './check-step'
import { ChooseFileStep } from './choose-file-step'
import { ColumnsStep } from './columns-step'
import { SaveStep } from './save-step'
import { WizardSteps } from './wizard-steps'
import type { WizardStep } from './wizard-steps'
import './contacts.css'
import './import.css'
import { useT } from '../../i18n/use-t'

function useSettingsLoaded(): void {
  const status = useStore((state) => state.settingsStatus)
  const load = useStore((state) => state.loadSettings)
  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])
}

export function ImportScreen(): ReactElement {
  const t = useT()
  const step = useStore((state) => state.importStep)
  const setStep = useStore((state) => state.setImportStep)
  const hasSession = useStore((state) => state.importOpened !== null)
  const closeImport = useStore((state) => state.closeImport)
  const checkImport = useStore((state) => state.checkImport)
  const navigate = useNavigate()
  useSettingsLoaded()
  useEffect(() => void checkImport(), [checkImport])

  // The file stays open in Herald when the user goes elsewhere, so coming back finds the same step and
  // choices; only Cancel, choosing another file or saving lets it go.
  const current: WizardStep = hasSession ? step : 1
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [current])
  const cancel = (): void => {
    closeImport()
    void navigate('/contacts')
  }
  const chooseAgain = (): void => closeImport()

  return (
    <Screen title={t('screens.import.title')} intro={t('screens.import.intro')}>
      <WizardSteps current={current} />
      {current === 1 ? <ChooseFileStep onCancel={cancel} /> : null}
      {current === 2 ? (
        <ColumnsStep onBack={chooseAgain} onNext={() => setStep(3)} onCancel={cancel} />
      ) : null}
      {current === 3 ? (
        <CheckStep onBack={() => setStep(2)} onNext={() => setStep(4)} onCancel={cancel} />
      ) : null}
      {current === 4 ? <SaveStep onBack={() => setStep(3)} onCancel={cancel} /> : null}
    </Screen>
  )
}
