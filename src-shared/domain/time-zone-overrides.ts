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

/** The first entry that is not "COUNTRY=Time/Zone", explained; null when all are fine. */
export function timeZoneProblem(text: string): string | null {
  for (const entry of entries(text)) {
    const [country, zone, extra] = entry.split('=').map((part) => part.trim())
    if (!country || !zone || extra !== undefined) {
      return `"${entry}" is not of the form COUNTRY=Time/Zone, e.g. US=America/Chicago.`
    }
    if (!isKnownCountry(country.toUpperCase())) return `"${country}" is not a two-letter country code.`
    if (!isTimeZone(zone)) return `"${zone}" is not a time zone Herald knows, e.g. America/Chicago.`
  }
  return null
}
