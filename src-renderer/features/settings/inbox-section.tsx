import { useEffect, useRef } from 'react'
import type { ReactElement, RefObject } from 'react'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { ChoiceField, InputField } from './setting-field'
import type { SectionProps } from './setting-field'

/** The Inbox sends a user here to choose which replies are notified (?focus=inbox). */
function useFocusFromInbox(): RefObject<HTMLElement | null> {
  const [params] = useSearchParams()
  const ref = useRef<HTMLElement>(null)
  const wanted = params.get('focus') === 'inbox'
  useEffect(() => {
    if (wanted) ref.current?.scrollIntoView({ block: 'start' })
  }, [wanted])
  return ref
}

/** Replies: which ones bring a desktop notification, the words of a likely lead, and rehearsal replies. */
export function InboxSection(props: SectionProps): ReactElement {
  const t = useT()
  const ref = useFocusFromInbox()
  const browser = useStore((state) => state.appInfo?.runtime === 'browser')
  return (
    <section ref={ref} className="card settings-section" aria-labelledby="settings-inbox-title">
      <h2 id="settings-inbox-title" className="card__title">
        {t('settings.inbox.title')}
      </h2>
      <p className="card__intro">{browser ? t('settings.inbox.introBrowser') : t('settings.inbox.intro')}</p>
      <div className="inbox-settings">
        <ChoiceField {...props} settingKey="inbox.notify" />
        <InputField
          settingKey="inbox.leadWords"
          type="text"
          value={props.text['inbox.leadWords']}
          error={props.errors['inbox.leadWords']}
          onChange={props.onChange}
        />
        <ChoiceField {...props} settingKey="inbox.showRehearsal" />
      </div>
    </section>
  )
}
