import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'
import { isKnownCountry } from './countries'

/**
 * "US=America/Chicago, BR=America/Manaus" → { US: 'America/Chicago', BR: 'America/Manaus' }: for countries
 * with several time zones, the one the sending window is measured in. Entries that do not parse are
 * reported by `timeZoneProblems` and left out here.
 */
export function parseTimeZoneOverrides(text: string): Record<string, string> {
  const overrides: Record<string, string> = {}
  for (const entry of entries(text)) {
    const [country, zone] = entry.split('=').map((part) => part.trim())
    if (country && zone && isKnownCountry(country.toUpperCase()) && isTimeZone(zone)) {
      overrides[country.toUpperCase()] = zone
    }
  }
  return overrides
}

function entries(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The first entry that is not "COUNTRY=Time/Zone", explained as a phrase; null when all are fine. */
export function timeZoneProblemPhrase(text: string): Phrase | null {
  for (const entry of entries(text)) {
    const [country, zone, extra] = entry.split('=').map((part) => part.trim())
    if (!country || !zone || extra !== undefined)
      return phrase('system.settings.problem.timeZones.form', { entry })
    if (!isKnownCountry(country.toUpperCase()))
      return phrase('system.settings.problem.timeZones.country', { country })
    if (!isTimeZone(zone)) return phrase('system.settings.problem.timeZones.zone', { zone })
  }
  return null
}

/** The same in English: the command line's words, and the settings' own check. */
export function timeZoneProblem(text: string): string | null {
  const problem = timeZoneProblemPhrase(text)
  return problem && english(problem)
}
