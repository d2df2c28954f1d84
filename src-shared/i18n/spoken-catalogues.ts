// The words the main process sends or writes itself, in every language: the areas below are imported as
// they are (no bundler magic: the CLI and the browser host run this module under plain Node). The renderer
// has every area (src-renderer/i18n/catalogues.ts); src-main/phrases.test.ts checks this list against the folder.
// Three are the window's own too, so that a phrase names a thing in the words the screen shows for it:
// format (sizes and durations nested in a sentence), settings and language (a setting's label in a refusal).
import enExports from './messages/en/exports.json'
import esExports from './messages/es/exports.json'
import ptBRExports from './messages/pt-BR/exports.json'
import frExports from './messages/fr/exports.json'
import idExports from './messages/id/exports.json'
import hiExports from './messages/hi/exports.json'
import arExports from './messages/ar/exports.json'
import enFormat from './messages/en/format.json'
import esFormat from './messages/es/format.json'
import ptBRFormat from './messages/pt-BR/format.json'
import frFormat from './messages/fr/format.json'
import idFormat from './messages/id/format.json'
import hiFormat from './messages/hi/format.json'
import arFormat from './messages/ar/format.json'
import enImporting from './messages/en/importing.json'
import esImporting from './messages/es/importing.json'
import ptBRImporting from './messages/pt-BR/importing.json'
import frImporting from './messages/fr/importing.json'
import idImporting from './messages/id/importing.json'
import hiImporting from './messages/hi/importing.json'
import arImporting from './messages/ar/importing.json'
import enLanguage from './messages/en/language.json'
import esLanguage from './messages/es/language.json'
import ptBRLanguage from './messages/pt-BR/language.json'
import frLanguage from './messages/fr/language.json'
import idLanguage from './messages/id/language.json'
import hiLanguage from './messages/hi/language.json'
import arLanguage from './messages/ar/language.json'
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
import enSettings from './messages/en/settings.json'
import esSettings from './messages/es/settings.json'
import ptBRSettings from './messages/pt-BR/settings.json'
import frSettings from './messages/fr/settings.json'
import idSettings from './messages/id/settings.json'
import hiSettings from './messages/hi/settings.json'
import arSettings from './messages/ar/settings.json'
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
  'format',
  'importing',
  'language',
  'notices',
  'reporting',
  'sending',
  'settings',
  'system',
  'whatsapp',
] as const

export const spokenCatalogues: Record<Locale, Catalogue> = {
  en: {
    ...enExports,
    ...enFormat,
    ...enImporting,
    ...enLanguage,
    ...enNotices,
    ...enReporting,
    ...enSending,
    ...enSettings,
    ...enSystem,
    ...enWhatsapp,
  },
  es: {
    ...esExports,
    ...esFormat,
    ...esImporting,
    ...esLanguage,
    ...esNotices,
    ...esReporting,
    ...esSending,
    ...esSettings,
    ...esSystem,
    ...esWhatsapp,
  },
  'pt-BR': {
    ...ptBRExports,
    ...ptBRFormat,
    ...ptBRImporting,
    ...ptBRLanguage,
    ...ptBRNotices,
    ...ptBRReporting,
    ...ptBRSending,
    ...ptBRSettings,
    ...ptBRSystem,
    ...ptBRWhatsapp,
  },
  fr: {
    ...frExports,
    ...frFormat,
    ...frImporting,
    ...frLanguage,
    ...frNotices,
    ...frReporting,
    ...frSending,
    ...frSettings,
    ...frSystem,
    ...frWhatsapp,
  },
  id: {
    ...idExports,
    ...idFormat,
    ...idImporting,
    ...idLanguage,
    ...idNotices,
    ...idReporting,
    ...idSending,
    ...idSettings,
    ...idSystem,
    ...idWhatsapp,
  },
  hi: {
    ...hiExports,
    ...hiFormat,
    ...hiImporting,
    ...hiLanguage,
    ...hiNotices,
    ...hiReporting,
    ...hiSending,
    ...hiSettings,
    ...hiSystem,
    ...hiWhatsapp,
  },
  ar: {
    ...arExports,
    ...arFormat,
    ...arImporting,
    ...arLanguage,
    ...arNotices,
    ...arReporting,
    ...arSending,
    ...arSettings,
    ...arSystem,
    ...arWhatsapp,
  },
}
