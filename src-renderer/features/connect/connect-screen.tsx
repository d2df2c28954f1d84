import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import { Link, useSearchParams } from 'react-router'
import type { AccountView } from '../../../src-shared/domain/accounts'
import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { Screen } from '../../app/screen'
import { useNumbers } from '../../lib/use-numbers'
import { firstNumberId } from '../../state/numbers-slice'
import { useStore } from '../../state/store'
import { NextStep } from '../../ui/empty-state'
import { InfoIcon } from '../../ui/icons'
import { connectView } from './connection-view'
import { HowToLink } from './link-steps'
import { NumberCard } from './number-card'
import type { ShownNumber } from './number-card'
import { NumberNameDialog, RemoveNumberDialog } from './number-dialogs'
import { usageLine } from './numbers-view'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import './connect.css'

function DryRunNote(): ReactElement {
  const t = useT()
  return (
    <section className="callout" aria-labelledby="connect-dry-run-title">
      <InfoIcon className="callout__icon" />
      <div>
        <h2 id="connect-dry-run-title" className="callout__title">
          {t('connect.dryRun.title')}
        </h2>
        <p>
          <FormattedMessage
            id="connect.dryRun.text"
            values={{
              strong: (chunks) => <strong>{chunks}</strong>,
              link: (chunks) => <Link to="/contacts">{chunks}</Link>,
            }}
          />
        </p>
      </div>
    </section>
  )
}

type Dialog = { kind: 'add' } | { kind: 'rename'; number: AccountView } | null

/** Until the list of numbers is read (or when it cannot be), the first number alone, as it always was. */
function shownNumbers(
  t: Translate,
  listed: readonly AccountView[] | null,
  first: WhatsAppState | null,
): ShownNumber[] {
  if (!listed || listed.length === 0)
    return [{ id: firstNumberId, name: null, state: first, usage: null, removable: false, established: null }]
  const several = listed.length > 1
  return listed.map((n) => ({
    id: n.id,
    name: several ? n.name : null,
    state: n.id === firstNumberId ? first : n.state,
    usage: usageLine(t, n),
    removable: n.id !== firstNumberId,
    established: n.id === firstNumberId ? null : n.established,
  }))
}

function AddNumber({ several, onAdd }: { several: boolean; onAdd: () => void }): ReactElement {
  const t = useT()
  return (
    <section className="connect-add" aria-label={t('connect.add.label')}>
      <button type="button" className="button" onClick={onAdd}>
        {t('connect.add.button')}
      </button>
      <p className="muted">
        {several ? t('connect.add.several') : t('connect.add.one')} {t('connect.add.memory')}
      </p>
    </section>
  )
}

/** The journey's next step; sent here from a new campaign to test first, the way back replaces it. */
function NextSteps({ connected }: { connected: boolean }): ReactElement {
  const t = useT()
  const [params] = useSearchParams()
  // Once the login has sent a test message, the next step of the journey becomes the one to take
  const tested = useStore((state) => state.linkTestLastSuccessAt !== null)
  return (
    <div className="screen-footer">
      {params.get('back') === 'new-campaign' ? (
        <NextStep to="/campaigns/new?draft=kept" primary={tested}>
          {t('connect.next.backToCampaign')}
        </NextStep>
      ) : (
        <NextStep to="/contacts" primary={connected && tested}>
          {t('connect.next.contacts')}
        </NextStep>
      )}
    </div>
  )
}

export function ConnectScreen(): ReactElement {
  const t = useT()
  const whatsapp = useStore((state) => state.whatsapp)
  const failed = useStore((state) => state.whatsappStatus === 'failed')
  const loadLinkTestStatus = useStore((state) => state.loadLinkTestStatus)
  const listed = useNumbers().data ?? null
  const numbers = shownNumbers(t, listed, whatsapp)
  const several = numbers.length > 1
  const [testFor, setTestFor] = useState<number | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [removing, setRemoving] = useState<AccountView | null>(null)
  const accountPhone = whatsapp?.account?.phone ?? null
  const anyConnected = numbers.some((n) => n.state?.status === 'ready')
  const allIdle = numbers.every((n) =>
    ['idle', 'bad'].includes(connectView(t, n.state, n.id === firstNumberId && failed).tone),
  )
  const find = (id: number): AccountView | undefined => listed?.find((n) => n.id === id)

  // Read again when another login is linked: whether it was ever tested belongs to each login
  useEffect(() => {
    void loadLinkTestStatus()
  }, [loadLinkTestStatus, accountPhone])

  return (
    <Screen
      title={t('screens.connect.title')}
      intro={several ? t('connect.intro.several') : t('connect.intro.one')}
    >
      {numbers.map((number) => (
        <NumberCard
          key={number.id}
          number={number}
          checkFailed={number.id === firstNumberId && failed}
          testOpen={testFor === number.id}
          onToggleTest={() => setTestFor((open) => (open === number.id ? null : number.id))}
          onRename={() => {
            const found = find(number.id)
            if (found) setDialog({ kind: 'rename', number: found })
          }}
          onRemove={() => setRemoving(find(number.id) ?? null)}
        />
      ))}
      {allIdle ? <HowToLink /> : null}
      {anyConnected ? null : <DryRunNote />}
      <AddNumber several={several} onAdd={() => setDialog({ kind: 'add' })} />
      <NextSteps connected={whatsapp?.status === 'ready'} />
      {dialog ? (
        <NumberNameDialog
          editing={dialog.kind === 'rename' ? dialog.number : undefined}
          numbers={listed ?? []}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <RemoveNumberDialog number={removing} onClose={() => setRemoving(null)} />
    </Screen>
  )
}
