import type { ErrorCategory } from '../../../src-shared/domain/campaigns'
import type { Translate } from '../../i18n/use-t'

/** A reason messages failed or were skipped, in the window's language: "Invalid number". */
export function errorTitle(t: Translate, category: ErrorCategory): string {
  return t(`analytics.errorCategory.${category}.title`)
}

/** What the shop owner can do about failures of this category, in the window's language. */
export function errorAdvice(t: Translate, category: ErrorCategory): string {
  return t(`analytics.errorCategory.${category}.advice`)
}
