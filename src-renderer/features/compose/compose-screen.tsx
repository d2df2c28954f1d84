import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { EmptyState, NextStep } from '../../ui/empty-state'
import { ComposeIcon } from '../../ui/icons'

export function ComposeScreen(): ReactElement {
  return (
    <Screen title="Compose" intro="Write the message your customers will receive.">
      <EmptyState
        icon={<ComposeIcon />}
        title="Add a contact list first"
        actions={
          <NextStep to="/contacts" primary>
            Go to Contacts
          </NextStep>
        }
      >
        <p>
          Your message is written for the people on a contact list, so Herald can fill in each customer&apos;s
          name and show you exactly what they will read. Import your customers on the Contacts screen, then
          come back here.
        </p>
      </EmptyState>
    </Screen>
  )
}
