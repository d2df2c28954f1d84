import { useEffect } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { WhatsAppBadge } from './whatsapp-badge'

type ScreenProps = { title: string; intro?: string; children: ReactNode }

/** The frame of every screen: its name as the page heading, the WhatsApp badge, then the content. */
export function Screen({ title, intro, children }: ScreenProps): ReactElement {
  const t = useT()
  const documentTitle = t('shell.documentTitle', { title })
  useEffect(() => {
    document.title = documentTitle
  }, [documentTitle])

  return (
    <>
      <header className="screen-header">
        <div className="screen-header__text">
          {/* Isolated: a campaign's name keeps its own direction in an Arabic window ("Spring (2026)") */}
          <h1 className="screen-header__title">
            <bdi>{title}</bdi>
          </h1>
          {intro ? <p className="screen-header__intro">{intro}</p> : null}
        </div>
        <WhatsAppBadge />
      </header>
      <div className="screen-body">{children}</div>
    </>
  )
}
