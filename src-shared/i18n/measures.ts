import { phrase } from './phrase'
import type { Phrase } from './phrase'

// How long and how big, as phrases of format.json: the rules live here once, and each reader words them in
// its language (the window, a sentence of the main process that nests them, the CLI in English).

/** "8 s", "2 min", "1 h 5 min", "3 days 4 h": as precise as anyone needs for a waiting time. */
export function durationPhrase(seconds: number): Phrase {
  if (!(seconds >= 1)) return phrase('format.duration.underOneSecond')
  if (seconds < 60) return phrase('format.duration.seconds', { seconds: Math.round(seconds) })
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return phrase('format.duration.minutes', { minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) {
    const rest = minutes % 60
    return rest === 0
      ? phrase('format.duration.hours', { hours })
      : phrase('format.duration.hoursMinutes', { hours, minutes: rest })
  }
  const days = Math.floor(hours / 24)
  const restHours = hours % 24
  return restHours === 0
    ? phrase('format.duration.days', { days })
    : phrase('format.duration.daysHours', { days, hours: restHours })
}

/**
 * "900 bytes", "340 KB", "5.3 MB", "12.4 GB" (megabytes of 1024 KB and gigabytes of 1024 MB, with one
 * decimal): how big a file or the free room on a disk is, in the units and the figures of each language
 * ("5,3 Mo" in French).
 */
export function sizePhrase(bytes: number): Phrase {
  if (bytes >= 1024 ** 3) return phrase('format.size.gigabytes', { gigabytes: bytes / 1024 ** 3 })
  if (bytes >= 1024 * 1024) return phrase('format.size.megabytes', { megabytes: bytes / 1024 / 1024 })
  if (bytes >= 1024) return phrase('format.size.kilobytes', { kilobytes: Math.round(bytes / 1024) })
  return phrase('format.size.bytes', { bytes })
}
