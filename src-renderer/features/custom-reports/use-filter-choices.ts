import { useMemo } from 'react'
import { useT } from '../../i18n/use-t'
import { useQuery } from '../../lib/query'
import type { Choice } from '../../ui/select'

/** What the filters offer, named as the other screens name it: campaigns, lists, numbers and variants. */
export type FilterChoices = {
  campaigns: Choice<number>[]
  lists: Choice<number>[]
  accounts: Choice<number>[]
  variants: Choice<string>[]
  /** Every one of them has been read (or failed to be): names, not ids, can be shown. */
  ready: boolean
}

const byLabel = <T extends string | number>(a: Choice<T>, b: Choice<T>): number =>
  a.label.localeCompare(b.label)

/** Read from Herald when the builder opens, and again when one of them changes. */
export function useFilterChoices(): FilterChoices {
  const t = useT()
  const reads = [
    useQuery('campaigns:list', {}, { invalidateOn: ['campaign:progress'] }),
    useQuery('lists:list', {}, { invalidateOn: ['lists:changed'] }),
    useQuery('accounts:list', {}, { invalidateOn: ['accounts:changed'] }),
    useQuery('templates:list', {}, { invalidateOn: ['templates:changed'] }),
  ] as const
  const [campaigns, lists, accounts, templates] = [reads[0].data, reads[1].data, reads[2].data, reads[3].data]
  const ready = reads.every((read) => read.data !== undefined || read.error !== null)
  return useMemo(() => {
    const variantNames = new Set(
      (templates ?? []).flatMap((template) => template.variants.map((v) => v.name)),
    )
    return {
      campaigns: (campaigns ?? []).map((c) => ({
        value: c.id,
        label: c.dryRun ? t('reports.filters.dryRunCampaign', { name: c.name }) : c.name,
      })),
      lists: (lists ?? []).map((l) => ({ value: l.id, label: l.name })).sort(byLabel),
      accounts: (accounts ?? []).map((a) => ({ value: a.id, label: a.name })),
      variants: [...variantNames].map((name) => ({ value: name, label: name })).sort(byLabel),
      ready,
    }
  }, [campaigns, lists, accounts, templates, ready, t])
}
