import { useEffect, useState } from 'react'
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

let pendingClose: ReturnType<typeof setTimeout> | null = null

/**
 * Herald holds the opened file in memory until the wizard closes it. Leaving the wizard by any way (Cancel,
 * the sidebar, saving) closes it; the close waits a tick so a development remount does not count as leaving.
 */
function useCloseOnLeave(): void {
  useEffect(() => {
    if (pendingClose) clearTimeout(pendingClose)
    pendingClose = null
    return () => {
      pendingClose = setTimeout(() => useStore.getState().closeImport(), 0)
    }
  }, [])
}

function useSettingsLoaded(): void {
  const status = useStore((state) => state.settingsStatus)
  const load = useStore((state) => state.loadSettings)
  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])
}

export function ImportScreen(): ReactElement {
  const [step, setStep] = useState<WizardStep>(1)
  const hasSession = useStore((state) => state.importOpened !== null)
  const closeImport = useStore((state) => state.closeImport)
  const navigate = useNavigate()
  useCloseOnLeave()
  useSettingsLoaded()

  const current: WizardStep = hasSession ? step : 1
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [current])
  const cancel = (): void => {
    closeImport()
    void navigate('/contacts')
  }
  const chooseAgain = (): void => {
    closeImport()
    setStep(1)
  }

  return (
    <Screen title="Import a spreadsheet" intro="Bring in your customers from a file you already keep.">
      <WizardSteps current={current} />
      {current === 1 ? <ChooseFileStep onOpened={() => setStep(2)} onCancel={cancel} /> : null}
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
