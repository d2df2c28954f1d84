// The words the main process sends or writes itself, in every language: the areas below are imported as
// they are (no bundler magic: the CLI and the browser host run this module under plain Node). The renderer
// has every area (src-renderer/i18n/catalogues.ts); src-main/phrases.test.ts checks this list against the folder.
import enExports from './messages/en/exports.json'
import esExports from './messages/es/exports.json'
import ptBRExports from './messages/pt-BR/exports.json'
import frExports from './messages/fr/exports.json'
import idExports from './messages/id/exports.json'
import hiExports from './messages/hi/exports.json'
import arExports from './messages/ar/exports.json'
import enImporting from './messages/en/importing.json'
import esImporting from './messages/es/importing.json'
import ptBRImporting from './messages/pt-BR/importing.json'
import frImporting from './messages/fr/importing.json'
import idImporting from './messages/id/importing.json'
import hiImporting from './messages/hi/importing.json'
import arImporting from './messages/ar/importing.json'
import enNotices from './messages/en/notices.json'
import esNotices from './messages/es/notices.json'
import ptBRNotices from './messages/pt-BR/notices.json'
import frNotices from './messages/fr/notices.json'
import idNotices from './messages/id/notices.json'
import hiNotices from './messages/hi/notices.json'
import arNotices from './messages/ar/notices.json'
import enReporting from './messages/en/reporting.json'
import esReporting from './messages/es/reporting.json'
import ptBRReporting from './messages/pt-BR/reporting.json'
import frReporting from './messages/fr/reporting.json'
import idReporting from './messages/id/reporting.json'
import hiReporting from './messages/hi/reporting.json'
import arReporting from './messages/ar/reporting.json'
import enSending from './messages/en/sending.json'
import esSending from './messages/es/sending.json'
import ptBRSending from './messages/pt-BR/sending.json'
import frSending from './messages/fr/sending.json'
import idSending from './messages/id/sending.json'
import hiSending from './messages/hi/sending.json'
import arSending from './messages/ar/sending.json'
import enSystem from './messages/en/system.json'
import esSystem from './messages/es/system.json'
import ptBRSystem from './messages/pt-BR/system.json'
import frSystem from './messages/fr/system.json'
import idSystem from './messages/id/system.json'
import hiSystem from './messages/hi/system.json'
import arSystem from './messages/ar/system.json'
import enWhatsapp from './messages/en/whatsapp.json'
import esWhatsapp from './messages/es/whatsapp.json'
import ptBRWhatsapp from './messages/pt-BR/whatsapp.json'
import frWhatsapp from './messages/fr/whatsapp.json'
import idWhatsapp from './messages/id/whatsapp.json'
import hiWhatsapp from './messages/hi/whatsapp.json'
import arWhatsapp from './messages/ar/whatsapp.json'
import type { Locale } from './locales'

export type Catalogue = Record<string, string>

/** The areas of messages/<locale>/ listed here. */
export const spokenAreas = [
  'exports',
  'importing',
  'notices',
  'reporting',
  'sending',
  'system',
  'whatsapp',
] as const

export const spokenCatalogues: Record<Locale, Catalogue> = {
  en: {
    ...enExports,
    ...enImporting,
    ...enNotices,
    ...enReporting,
    ...enSending,
    ...enSystem,
    ...enWhatsapp,
  },
  es: {
    ...esExports,
    ...esImporting,
    ...esNotices,
    ...esReporting,
    ...esSending,
    ...esSystem,
    ...esWhatsapp,
  },
  'pt-BR': {
    ...ptBRExports,
    ...ptBRImporting,
    ...ptBRNotices,
    ...ptBRReporting,
    ...ptBRSending,
    ...ptBRSystem,
    ...ptBRWhatsapp,
  },
  fr: {
    ...frExports,
    ...frImporting,
    ...frNotices,
    ...frReporting,
    ...frSending,
    ...frSystem,
    ...frWhatsapp,
  },
  id: {
    ...idExports,
    ...idImporting,
    ...idNotices,
    ...idReporting,
    ...idSending,
    ...idSystem,
    ...idWhatsapp,
  },
  hi: {
    ...hiExports,
    ...hiImporting,
    ...hiNotices,
    ...hiReporting,
    ...hiSending,
    ...hiSystem,
    ...hiWhatsapp,
  },
  ar: {
    ...arExports,
    ...arImporting,
    ...arNotices,
    ...arReporting,
    ...arSending,
    ...arSystem,
    ...arWhatsapp,
  },
}
