import { maxImportBytes } from '../../../src-shared/domain/contacts'

export const acceptedTypes = '.xlsx,.xls,.ods,.csv,.txt,.tsv'

/** The key of what the import says about a file over 50 MB. */
export const tooLargeKey = 'contacts.choose.tooLarge'

export function isTooLarge(file: File): boolean {
  return file.size > maxImportBytes
}
