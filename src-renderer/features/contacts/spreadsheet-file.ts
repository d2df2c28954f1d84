import { maxImportBytes } from '../../../src-shared/domain/contacts'

export const acceptedTypes = '.xlsx,.xls,.ods,.csv,.txt,.tsv'

export const tooLargeMessage =
  'The file is larger than 50 MB. Split it into smaller files and import them one by one.'

export function isTooLarge(file: File): boolean {
  return file.size > maxImportBytes
}
