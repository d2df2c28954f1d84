import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
import type { OpenFileRequest } from '../desktop'
import type { Handlers } from './dispatch'
import { AppError } from '../errors'
import { english } from '../../src-shared/i18n/wording'
import { browserPathRefusal, chosenBrowser, installedBrowsers } from '../whatsapp/browser'

function browserDialog(platform: NodeJS.Platform): OpenFileRequest {
  const title = phrase('system.dialog.chooseBrowser.title')
  if (platform === 'win32') {
    const programs = phrase('system.dialog.filter.programs')
    return { title, defaultPath: 'C:\\Program Files', filters: [{ name: programs, extensions: ['exe'] }] }
  }
  return { title, defaultPath: platform === 'darwin' ? '/Applications' : '/usr/bin', filters: [] }
}

/**
 * The browser the user picks in the desktop's own file dialog: the path comes from the dialog, never from
 * the page, and is kept only when it is Chrome, Chromium or Edge. The browser run has no such dialog.
 */
function chooseBrowserHandler(ctx: AppContext): Handlers['settings:choose-browser'] {
  return async () => {
    if (ctx.runtime === 'browser') {
      const installed = installedBrowsers()
      const found = installed.length > 0 ? 'yes' : 'no'
      throw new AppError(
        'UNAVAILABLE',
        phrase('system.settings.browserDesktopOnly', { found, browsers: installed.join(', ') }),
      )
    }
    const file = await ctx.desktop.chooseOpenFile(browserDialog(process.platform))
    if (!file) return null
    const chosen = chosenBrowser(file)
    if (!chosen.ok) {
      ctx.log.warn('Refused the browser chosen in the file dialog', {
        file,
        reason: english(chosen.reason),
      })
      throw new AppError('BAD_INPUT', chosen.reason, { 'whatsapp.browserPath': chosen.reason })
    }
    const saved = ctx.settings.update({ 'whatsapp.browserPath': chosen.path })
    ctx.record('browser_chosen', `Browser for WhatsApp chosen in the file dialog: ${chosen.path}`, {
      file,
      path: chosen.path,
    })
    return saved
  }
}

export function settingsHandlers(
  ctx: AppContext,
): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:reset' | 'settings:choose-browser'> {
  return {
    'settings:get': () => ctx.settings.get(),
    'settings:update': ({ values }) => {
      const wanted = values['whatsapp.browserPath']
      if (wanted !== undefined) {
        const current = ctx.settings.get()['whatsapp.browserPath']
        const refused = browserPathRefusal(wanted, current, installedBrowsers())
        if (refused) throw new AppError('BAD_INPUT', refused, { 'whatsapp.browserPath': refused })
      }
      return ctx.settings.update(values)
    },
    'settings:reset': ({ keys }) => ctx.settings.reset(keys),
    'settings:choose-browser': chooseBrowserHandler(ctx),
  }
}
