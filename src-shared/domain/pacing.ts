/** The numbers that decide how fast a campaign sends. */
export type PacingValues = {
  minDelaySeconds: number
  maxDelaySeconds: number
  batchSize: number
  batchPauseMinutes: number
  hourlyCap: number
  dailyCap: number
}

export const pacingPresetIds = ['safe', 'normal', 'fast', 'custom'] as const
export type PacingPresetId = (typeof pacingPresetIds)[number]

type Preset = { label: string; summary: string; values: PacingValues }

/** Conservative by design: practitioners advise 20–60 s between messages and a low daily cap for new numbers. */
export const pacingPresets: Record<Exclude<PacingPresetId, 'custom'>, Preset> = {
  safe: {
    label: 'Safe',
    summary: 'For a new number or contacts who have not saved it: 40–90 s apart, 50 a day.',
    values: {
      minDelaySeconds: 40,
      maxDelaySeconds: 90,
      batchSize: 10,
      batchPauseMinutes: 15,
      hourlyCap: 20,
      dailyCap: 50,
    },
  },
  normal: {
    label: 'Normal',
    summary: 'For a number in use for months, to contacts who know you: 25–60 s apart, 150 a day.',
    values: {
      minDelaySeconds: 25,
      maxDelaySeconds: 60,
      batchSize: 15,
      batchPauseMinutes: 10,
      hourlyCap: 40,
      dailyCap: 150,
    },
  },
  fast: {
    label: 'Fast',
    summary:
      'Only for customers who saved your number and expect you: 15–35 s apart, 300 a day. Higher risk.',
    values: {
      minDelaySeconds: 15,
      maxDelaySeconds: 35,
      batchSize: 20,
      batchPauseMinutes: 5,
      hourlyCap: 80,
      dailyCap: 300,
    },
  },
}

export const customPresetSummary =
  'Your own numbers. Keep at least 20 s between messages to protect the account.'

/** The preset whose numbers these are, or 'custom'. */
export function matchPreset(values: PacingValues): PacingPresetId {
  for (const [id, preset] of Object.entries(pacingPresets)) {
    const same = (Object.keys(preset.values) as (keyof PacingValues)[]).every(
      (key) => preset.values[key] === values[key],
    )
    if (same) return id as PacingPresetId
  }
  return 'custom'
}
