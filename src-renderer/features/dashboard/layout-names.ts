import { LayoutNameSchema } from '../../../src-shared/domain/dashboard-layout'
import { maxLayoutName } from '../../../src-shared/domain/dashboard-layout'
import type { DashboardLayout } from '../../../src-shared/domain/dashboard-layout'
import type { Translate } from '../../i18n/use-t'

/** What is wrong with a layout's name, in words; null when it can be used. */
export function layoutNameError(
  t: Translate,
  name: string,
  layouts: readonly Pick<DashboardLayout, 'id' | 'name'>[],
  except?: number,
): string | null {
  const parsed = LayoutNameSchema.safeParse(name)
  if (!parsed.success) {
    return parsed.error.issues[0]?.code === 'too_big'
      ? t('dashboard.layoutDialog.nameTooLong', { max: maxLayoutName })
      : t('dashboard.layoutDialog.nameEmpty')
  }
  const taken = layouts.find((l) => l.id !== except && l.name.toLowerCase() === parsed.data.toLowerCase())
  return taken ? t('dashboard.layoutDialog.nameTaken', { name: taken.name }) : null
}
