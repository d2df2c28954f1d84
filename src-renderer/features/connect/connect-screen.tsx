import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
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
import './connect.css'
import { useT } from '../../i18n/use-t'

function DryRunNote(): ReactElement {
  return (
    <section className="callout" aria-labelledby="connect-dry-run-title">
      <InfoIcon className="callout__icon" />
      <div>
        <h2 id="connect-dry-run-title" className="callout__title">
          Want to try Herald first?
        </h2>
        <p>
          A <strong>dry run</strong> goes through every step of a campaign without sending a single message,
          so you can rehearse without connecting WhatsApp. Start by adding your customers on{' '}
          <Link to="/contacts">Contacts</Link>.
        </p>
      </div>
    </section>
  )
}

type Dialog = { kind: 'add' } | { kind: 'rename'; number: AccountView } | null

/** Until the list of numbers is read (or when it cannot be), the first number alone, as it always was. */
function shownNumbers(listed: readonly AccountView[] | null, first: WhatsAppState | null): ShownNumber[] {
  if (!listed || listed.length === 0)
    return [{ id: firstNumberId, name: null, state: first, usage: null, removable: false, established: null }]
  const several = listed.length > 1
  return listed.map((n) => ({
    id: n.id,
    name: several ? n.name : null,
    state: n.id === firstNumberId ? first : n.state,
    usage: usageLine(n),
    removable: n.id !== firstNumberId,
    established: n.id === firstNumberId ? null : n.established,
  }))
}

function AddNumber({ several, onAdd }: { several: boolean; onAdd: () => void }): ReactElement {
  return (
    <section className="connect-add" aria-label="More numbers">
      <button type="button" className="button" onClick={onAdd}>
        Add a number
      </button>
      <p className="muted">
        {several
          ? 'A campaign can go out from any of these numbers, or from several at once. '
          : 'Have another WhatsApp number? Add it, and a campaign can share its messages between your numbers. '}
        Each connected number runs its own browser in the background, which takes about 300 MB of memory.
        Herald closes a number&apos;s browser when its campaign ends and it sends nothing else (Settings →
        WhatsApp → Disconnect numbers not sending); its login stays.
      </p>
    </section>
  )
}

/** The journey's next step; sent here from a new campaign to test first, the way back replaces it. */
function NextSteps({ connected }: { connected: boolean }): ReactElement {
  const [params] = useSearchParams()
  // Once the login has sent a test message, the next step of the journey becomes the one to take
  const tested = useStore((state) => state.linkTestLastSuccessAt !== null)
  return (
    <div className="screen-footer">
      {params.get('back') === 'new-campaign' ? (
        <NextStep to="/campaigns/new?draft=kept" primary={tested}>
          Back to your new campaign
        </NextStep>
      ) : (
        <NextStep to="/contacts" primary={connected && tested}>
          Next: add your contacts
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
  const numbers = shownNumbers(listed, whatsapp)
  const several = numbers.length > 1
  const [testFor, setTestFor] = useState<number | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [removing, setRemoving] = useState<AccountView | null>(null)
  const accountPhone = whatsapp?.account?.phone ?? null
  const anyConnected = numbers.some((n) => n.state?.status === 'ready')
  const allIdle = numbers.every((n) =>
    ['idle', 'bad'].includes(connectView(n.state, n.id === firstNumberId && failed).tone),
  )
  const find = (id: number): AccountView | undefined => listed?.find((n) => n.id === id)

  // Read again when another login is linked: whether it was ever tested belongs to each login
  useEffect(() => {
    void loadLinkTestStatus()
  }, [loadLinkTestStatus, accountPhone])

  return (
    <Screen
      title={t('screens.connect.title')}
      intro={
        several
          ? 'The WhatsApp numbers Herald sends from, each linked to this computer by its own QR code.'
          : "Link Herald to your shop's WhatsApp so it can send messages for you."
      }
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
