import { LayoutNameSchema } from '../../../src-shared/domain/dashboard-layout'
import type { DashboardLayout } from '../../../src-shared/domain/dashboard-layout'

/** What is wrong with a layout's name, in words; null when it can be used. */
export function layoutNameError(
  name: string,
  layouts: readonly Pick<DashboardLayout, 'id' | 'name'>[],
  except?: number,
): string | null {
  const parsed = LayoutNameSchema.safeParse(name)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the name.'
  const taken = layouts.find((l) => l.id !== except && l.name.toLowerCase() === parsed.data.toLowerCase())
  return taken ? `There is already a layout named “${taken.name}”. Choose another name.` : null
}
