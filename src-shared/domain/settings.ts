import { z } from 'zod'
import { languageChoices, localeNames, locales } from '../i18n/locales'
import { defaultComplaintWords } from './complaint-words'
import { maxSkipRecentDays } from './campaigns'
import { isKnownCountry } from './countries'
import { defaultOptOutKeywords, parseKeywords } from './opt-out-keywords'
import { timeZoneProblem } from './time-zone-overrides'
import { matchPreset, pacingPresetIds, pacingPresets } from './pacing'
import type { PacingValues } from './pacing'

const wholeNumber = (what: string, min: number, max: number, why: string): z.ZodNumber =>
  z
    .number({ error: `Enter ${what} as a whole number.` })
    .int({ error: `Enter ${what} as a whole number.` })
    .min(min, { error: `${why} (at least ${min}).` })
    .max(max, { error: `That is more than ${max}; enter ${max} or less.` })

const clockTime = z
  .string({ error: 'Enter a time like 09:00.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time like 09:00 (24-hour clock).' })

type SettingDef = {
  schema: z.ZodType
  label: string
  help: string
  kind: 'text' | 'number' | 'choice'
  /** For 'choice': the values in the order the form offers them, each with the words it shows. */
  options?: readonly { value: string; label: string }[]
}

/** A yes/no setting, offered as "no" then "yes", each in the words that say what it means here. */
const yesOrNo = (label: string, help: string, words: { no: string; yes: string }) =>
  ({
    schema: z.enum(['yes', 'no'], { error: 'Choose yes or no.' }),
    label,
    help,
    kind: 'choice',
    options: [
      { value: 'no', label: words.no },
      { value: 'yes', label: words.yes },
    ],
  }) as const

// No "remote" copy: whatsapp-web.js 1.34.7 works with the WhatsApp Web builds of its own time, and an
// archive address cannot promise one; an older Herald's stored "remote" reads as "local".
export const webVersionCacheModes = ['local', 'none'] as const
export type WebVersionCacheMode = (typeof webVersionCacheModes)[number]

/** Text of at most `max` characters; `what` is what the message calls it when it is longer ("list"). */
const textUpTo = (max: number, what: string, enter: string): z.ZodString =>
  z
    .string({ error: enter })
    .max(max, { error: `That ${what} is too long; keep it under ${max.toLocaleString('en')} characters.` })

const keywordList = textUpTo(2000, 'list', 'Enter the words, separated by commas.').refine(
  (text) => parseKeywords(text).length > 0,
  {
    error: 'Keep at least one word (e.g. STOP), or people could never opt out by replying.',
  },
)

const zoneList = textUpTo(
  2000,
  'list',
  'Enter COUNTRY=Time/Zone pairs separated by commas, or leave it empty.',
).superRefine((text, ctx) => {
  const problem = timeZoneProblem(text)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

/** Every setting the user can change: its schema, its default lives in `settingDefaults`. */
export const settingDefs = {
  'app.language': {
    schema: z.enum(languageChoices, {
      error: `Choose one of: ${languageChoices.join(', ')} (system follows this computer's language).`,
    }),
    label: 'Language',
    help: 'The language of every screen, notification and report. "Same as this computer" uses the language of your computer (or browser) when Herald speaks it, and English otherwise. The command line stays in English.',
    kind: 'choice',
    options: [
      { value: 'system', label: 'Same as this computer' },
      ...locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
    ],
  },
  defaultCountry: {
    schema: z
      .string({ error: 'Choose a country.' })
      .refine(isKnownCountry, { error: 'Choose a country from the list, by its two-letter code (e.g. GB).' }),
    label: 'Default country',
    help: 'Phone numbers written without a country code (+…) are read as numbers of this country.',
    kind: 'text',
  },
  'pacing.preset': {
    schema: z.enum(pacingPresetIds, { error: 'Choose safe, normal, fast or custom.' }),
    label: 'Pacing preset',
    help: 'How fast new campaigns send unless you change it for a campaign.',
    kind: 'text',
  },
  'pacing.minDelaySeconds': {
    schema: wholeNumber('the shortest delay', 5, 3600, 'Faster than this looks like spam to WhatsApp'),
    label: 'Shortest delay between messages (seconds)',
    help: 'Each wait is picked at random between the shortest and the longest delay.',
    kind: 'number',
  },
  'pacing.maxDelaySeconds': {
    schema: wholeNumber('the longest delay', 5, 3600, 'Faster than this looks like spam to WhatsApp'),
    label: 'Longest delay between messages (seconds)',
    help: 'A wide range looks more like a person typing.',
    kind: 'number',
  },
  'pacing.batchSize': {
    schema: wholeNumber('the batch size', 1, 500, 'A batch holds at least one message'),
    label: 'Messages per batch',
    help: 'After this many messages Herald takes a longer pause.',
    kind: 'number',
  },
  'pacing.batchPauseMinutes': {
    schema: wholeNumber('the pause', 0, 240, 'The pause cannot be negative'),
    label: 'Pause between batches (minutes)',
    help: 'A break like a person would take.',
    kind: 'number',
  },
  'pacing.hourlyCap': {
    schema: wholeNumber('the hourly limit', 1, 1000, 'Allow at least one message an hour'),
    label: 'At most per hour',
    help: 'Over 200 an hour from a new number is high risk.',
    kind: 'number',
  },
  'pacing.dailyCap': {
    schema: wholeNumber('the daily limit', 1, 5000, 'Allow at least one message a day'),
    label: 'At most per day',
    help: 'A new number should stay around 50 a day for its first week.',
    kind: 'number',
  },
  'pacing.windowStart': {
    schema: clockTime,
    label: 'Send from',
    help: "In each recipient's local time.",
    kind: 'text',
  },
  'pacing.windowEnd': {
    // 24:00 is midnight at the end of the day: 00:00–24:00 sends at any hour
    schema: z.string({ error: 'Enter a time like 20:00.' }).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
      error: 'Enter a time like 20:00 (24-hour clock; 24:00 is midnight).',
    }),
    label: 'Send until',
    help: "In each recipient's local time; 00:00 means midnight, so 00:00 to 00:00 is any hour.",
    kind: 'text',
  },
  'campaign.optOutKeywords': {
    schema: keywordList,
    label: 'Opt-out words',
    help: 'A reply that is one of these words (or starts with it) puts the number on the opt-out list. Separate them with commas; case and accents do not matter.',
    kind: 'text',
  },
  'campaign.complaintWords': {
    schema: textUpTo(2000, 'list', 'Enter the words, separated by commas, or leave it empty.'),
    label: 'Complaint words',
    help: 'When 2 of the last 50 people you messaged reply with one of these (e.g. "who is this", "wrong number"), Herald pauses the campaign: people who complain often block or report you, and WhatsApp bans numbers that many people report. Separate them with commas; case and accents do not matter. Leave empty to not watch replies for complaints.',
    kind: 'text',
  },
  'campaign.timeZones': {
    schema: zoneList,
    label: 'Time zones for large countries',
    help: 'For countries with several time zones, the one the sending hours follow, e.g. US=America/Chicago, BR=America/Manaus. Leave empty to use the most populous zone.',
    kind: 'text',
  },
  'campaign.autoResume': yesOrNo(
    'Resume after a reconnect',
    'When WhatsApp disconnects, running campaigns pause. With "yes" they carry on by themselves once WhatsApp is connected again; with "no" you press Resume.',
    { no: 'No, I resume them myself', yes: 'Yes, resume automatically' },
  ),
  'campaign.skipRecentDays': {
    schema: wholeNumber('the number of days', 0, maxSkipRecentDays, 'The days cannot be negative'),
    label: 'Leave out contacts messaged in the last … days',
    help: 'New campaigns leave out numbers that got a message from Herald in this many days, so nobody hears from you too often: people who feel pestered report the number, and WhatsApp bans reported numbers. 7 suits most shops; 0 messages everyone. You can change it for each campaign.',
    kind: 'number',
  },
  'whatsapp.establishedNumber': yesOrNo(
    'This number has sent to customers for months',
    'A number new to sending in bulk is warmed up for its first 10 days: at most 50 messages a day at first, then 200, then 500. Choose "yes" only for a number that has messaged customers for months: WhatsApp bans new numbers that send a lot at once.',
    { no: 'No, warm it up (recommended)', yes: 'Yes, it is established: no warm-up' },
  ),
  'whatsapp.disconnectIdle': yesOrNo(
    'Disconnect numbers not sending',
    'Each connected number runs its own browser, about 300 MB of memory. With "yes", when a campaign ends, Herald closes the browser of every number that is no longer sending (its login stays, so it reconnects without a QR code). Only when you have more than one number.',
    { yes: 'Yes, close them (recommended)', no: 'No, keep every number connected' },
  ),
  'inbox.showRehearsal': yesOrNo(
    'Show rehearsal replies in the Inbox',
    'Dry runs invent a few replies so you can see how the Inbox works. They are kept apart from real ones and hidden unless this is "yes".',
    { no: 'No, real replies only', yes: 'Yes, show them (marked as rehearsal)' },
  ),
  'inbox.notify': {
    schema: z.enum(['all', 'leads', 'off'], { error: 'Choose all, leads or off.' }),
    label: 'Tell me when someone replies',
    help: 'A desktop notification for each new reply; clicking it opens the conversation. "Only likely leads" notifies only replies with one of the lead words below.',
    kind: 'choice',
    options: [
      { value: 'all', label: 'Every reply' },
      { value: 'leads', label: 'Only likely leads' },
      { value: 'off', label: 'Never' },
    ],
  },
  'inbox.leadWords': {
    schema: textUpTo(2000, 'list', 'Enter the words, separated by commas.'),
    label: 'Lead words',
    help: 'A reply that contains one of these is a likely lead (for notifications). Separate them with commas; case and accents do not matter.',
    kind: 'text',
  },
  'whatsapp.browserPath': {
    schema: textUpTo(1000, 'path', 'Enter the full path of Chrome, Chromium or Edge, or leave it empty.'),
    label: 'Browser for WhatsApp',
    help: 'Herald runs WhatsApp Web in Chrome, Chromium or Edge. Leave empty to find one automatically, or enter the full path of one Herald found, e.g. C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe. A browser installed elsewhere is chosen with Browse… in the desktop app, or set from a terminal: herald settings set whatsapp.browserPath "PATH".',
    kind: 'text',
  },
  'whatsapp.webVersionCache': {
    schema: z.enum(webVersionCacheModes, { error: 'Choose local or none.' }),
    label: 'WhatsApp Web version',
    help: 'Which copy of WhatsApp Web to load. "Keep a local copy" is the safest; if WhatsApp stays stuck on loading, use "Clear cache and retry" on the Connect screen.',
    kind: 'choice',
    options: [
      { value: 'local', label: 'Keep a local copy (recommended)' },
      { value: 'none', label: 'Always the newest from WhatsApp' },
    ],
  },
} as const satisfies Record<string, SettingDef>

export type SettingKey = keyof typeof settingDefs
export type Settings = { [K in SettingKey]: z.output<(typeof settingDefs)[K]['schema']> }

export const settingKeys = Object.keys(settingDefs) as SettingKey[]

export const settingDefaults: Settings = {
  'app.language': 'system',
  defaultCountry: 'US',
  'pacing.preset': 'safe',
  'pacing.minDelaySeconds': 40,
  'pacing.maxDelaySeconds': 90,
  'pacing.batchSize': 10,
  'pacing.batchPauseMinutes': 15,
  'pacing.hourlyCap': 20,
  'pacing.dailyCap': 50,
  'pacing.windowStart': '09:00',
  'pacing.windowEnd': '20:00',
  'campaign.optOutKeywords': defaultOptOutKeywords.join(', '),
  'campaign.complaintWords': defaultComplaintWords.join(', '),
  'campaign.timeZones': '',
  'campaign.autoResume': 'no',
  'campaign.skipRecentDays': 0,
  'whatsapp.establishedNumber': 'no',
  'whatsapp.disconnectIdle': 'yes',
  'inbox.showRehearsal': 'no',
  'inbox.notify': 'all',
  'inbox.leadWords':
    'price, how much, interested, order, buy, available, precio, cuánto, preço, quanto, prix, harga, कीमत, سعر',
  'whatsapp.browserPath': '',
  'whatsapp.webVersionCache': 'local',
}

export const SettingKeySchema = z.enum(settingKeys as [SettingKey, ...SettingKey[]], {
  error: (issue) => `Unknown setting "${String(issue.input)}". Known settings: ${settingKeys.join(', ')}.`,
})

const shape = Object.fromEntries(settingKeys.map((key) => [key, settingDefs[key].schema])) as {
  [K in SettingKey]: (typeof settingDefs)[K]['schema']
}
export const SettingsSchema = z.object(shape)
export const SettingsPatchSchema = z.object(shape).partial().strict()
export type SettingsPatch = Partial<Settings>

export type FieldErrors = Partial<Record<SettingKey, string>>

type CrossRule = {
  fields: [SettingKey, SettingKey]
  report: SettingKey
  broken(s: Settings): boolean
  message: string
}

/** The rules that tie settings together; each message names the field to fix. */
const crossRules: CrossRule[] = [
  {
    fields: ['pacing.minDelaySeconds', 'pacing.maxDelaySeconds'],
    report: 'pacing.maxDelaySeconds',
    broken: (s) => s['pacing.maxDelaySeconds'] < s['pacing.minDelaySeconds'],
    message: 'The longest delay must be at least the shortest delay.',
  },
  {
    fields: ['pacing.hourlyCap', 'pacing.dailyCap'],
    report: 'pacing.hourlyCap',
    broken: (s) => s['pacing.hourlyCap'] > s['pacing.dailyCap'],
    message: 'The hourly limit cannot be more than the daily limit.',
  },
  {
    fields: ['pacing.windowStart', 'pacing.windowEnd'],
    report: 'pacing.windowEnd',
    // An end of 00:00 is midnight at the end of the day, as 24:00 is (a time field cannot show 24:00)
    broken: (s) => s['pacing.windowEnd'] !== '00:00' && s['pacing.windowEnd'] <= s['pacing.windowStart'],
    message: 'The sending window must end after it starts, e.g. 09:00 to 20:00 (00:00 means midnight).',
  },
]

/**
 * Checks every field and every rule between fields; an empty object means the settings can be saved.
 * A rule between two fields is checked as soon as both of them are valid, whatever the others hold.
 */
export function validateSettings(candidate: Record<SettingKey, unknown>): FieldErrors {
  const errors: FieldErrors = {}
  for (const key of settingKeys) {
    const parsed = settingDefs[key].schema.safeParse(candidate[key])
    if (!parsed.success) errors[key] = parsed.error.issues[0]?.message ?? 'This value is not valid.'
  }
  for (const rule of crossRules) {
    const checkable =
      rule.fields.every((field) => errors[field] === undefined) && errors[rule.report] === undefined
    if (checkable && rule.broken(candidate as Settings)) errors[rule.report] = rule.message
  }
  return errors
}

export function pacingOf(s: Settings): PacingValues {
  return {
    minDelaySeconds: s['pacing.minDelaySeconds'],
    maxDelaySeconds: s['pacing.maxDelaySeconds'],
    batchSize: s['pacing.batchSize'],
    batchPauseMinutes: s['pacing.batchPauseMinutes'],
    hourlyCap: s['pacing.hourlyCap'],
    dailyCap: s['pacing.dailyCap'],
  }
}

/** The preset that matches the numbers, so editing a number turns a preset into 'custom'. */
export function withMatchedPreset(s: Settings): Settings {
  return { ...s, 'pacing.preset': matchPreset(pacingOf(s)) }
}

/** Reads a value typed on a command line as the type the setting needs. */
export function settingFromText(key: SettingKey, text: string): unknown {
  if (settingDefs[key].kind === 'number') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text
  return key === 'defaultCountry' ? text.trim().toUpperCase() : text.trim()
}

/**
 * The settings after a change: choosing a preset fills in its numbers, numbers given alongside win,
 * and the preset is then whichever one the numbers match.
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const preset = patch['pacing.preset']
  const presetValues =
    preset && preset !== 'custom'
      ? Object.fromEntries(
          Object.entries(pacingPresets[preset].values).map(([name, value]) => [`pacing.${name}`, value]),
        )
      : {}
  const merged: Settings = { ...current, ...presetValues, ...patch }
  return preset === 'custom' && !Object.keys(patch).some((k) => k !== 'pacing.preset')
    ? merged
    : withMatchedPreset(merged)
}
