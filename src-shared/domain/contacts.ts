import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'

/** What a column of the user's spreadsheet is used for. 'field' columns become template placeholders. */
export const columnRoles = ['name', 'phone', 'website', 'city', 'field', 'ignore'] as const
export type ColumnRole = (typeof columnRoles)[number]

export const roleLabels: Record<ColumnRole, string> = {
  name: 'Name',
  phone: 'Phone number',
  website: 'Website',
  city: 'City',
  field: 'Extra field',
  ignore: 'Do not import',
}

export const verdicts = ['valid', 'invalid', 'duplicate', 'opted_out'] as const
export type Verdict = (typeof verdicts)[number]

/** Why an opted-out contact is not messaged, whether it opted out before the import or since. */
export const optedOutReason = 'Asked not to receive messages'

export const verdictLabels: Record<Verdict, string> = {
  valid: 'Valid',
  invalid: 'Invalid',
  duplicate: 'Duplicate',
  opted_out: 'Opted out',
}

export const SheetInfoSchema = z.object({
  name: z.string(),
  rows: z.number().int(),
  columns: z.number().int(),
})
export type SheetInfo = z.infer<typeof SheetInfoSchema>

export const ImportOpenedSchema = z.object({
  sessionId: z.string(),
  fileName: z.string(),
  sheets: z.array(SheetInfoSchema),
  defaultSheet: z.string(),
})
export type ImportOpened = z.infer<typeof ImportOpenedSchema>

export const ColumnSchema = z.object({
  index: z.number().int(),
  /** The header text as the user wrote it, or "Column C" when the sheet has none. */
  header: z.string(),
  /** The placeholder name templates use: {{key}}. */
  key: z.string(),
  role: z.enum(columnRoles),
  samples: z.array(z.string()),
})
export type Column = z.infer<typeof ColumnSchema>

export const VerdictCountsSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  duplicate: z.number().int(),
  opted_out: z.number().int(),
  /** Rows whose phone number Herald had to repair (spaces, missing country code, Excel number…). */
  repaired: z.number().int(),
})
export type VerdictCounts = z.infer<typeof VerdictCountsSchema>

/** Another country that would make most of the invalid numbers valid: offered to the user, never applied. */
export const CountrySuggestionSchema = z.object({
  country: z.string(),
  /** About how many of the invalid numbers that country would read. */
  wouldFix: z.number().int(),
  invalid: z.number().int(),
})
export type CountrySuggestion = z.infer<typeof CountrySuggestionSchema>

export const ImportAnalysisSchema = z.object({
  sessionId: z.string(),
  sheet: z.string(),
  country: z.string(),
  /** The spreadsheet row number of the header (1-based), or 0 when the sheet has no header row. */
  headerRow: z.number().int(),
  columns: z.array(ColumnSchema),
  counts: VerdictCountsSchema,
  /** Set when no column holds phone numbers: what the user should do. */
  problem: z.string().nullable(),
  /** The problem as a phrase, for the window's language. */
  problemPhrase: PhraseSchema.nullable().optional(),
  suggestedCountry: CountrySuggestionSchema.nullable(),
})
export type ImportAnalysis = z.infer<typeof ImportAnalysisSchema>

/** One data row of the spreadsheet after analysis. `row` is the row number the user sees. */
export const ImportRowSchema = z.object({
  row: z.number().int(),
  name: z.string().nullable(),
  phoneRaw: z.string(),
  phone: z.string().nullable(),
  verdict: z.enum(verdicts),
  reason: z.string().nullable(),
  /** The reason as a phrase, for the window's language; absent on rows saved before Herald kept it. */
  reasonPhrase: PhraseSchema.nullable().optional(),
  duplicateOf: z.number().int().nullable(),
  repaired: z.boolean(),
  fields: z.record(z.string(), z.string()),
})
export type ImportRow = z.infer<typeof ImportRowSchema>

export const RowPageSchema = z.object({ total: z.number().int(), rows: z.array(ImportRowSchema) })
export type RowPage = z.infer<typeof RowPageSchema>

export const ContactListSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  sourceFile: z.string(),
  sheet: z.string(),
  country: z.string(),
  createdAt: z.string(),
  counts: VerdictCountsSchema,
  /** The placeholder names its contacts can fill. */
  fieldKeys: z.array(z.string()),
  /**
   * The header each field key was made from, as the spreadsheet had it ("Opening hours" for
   * opening_hours). Lists saved before Herald kept headers lack them: show the key.
   */
  fieldHeaders: z.record(z.string(), z.string()),
})
export type ContactList = z.infer<typeof ContactListSchema>

/** A saved contact: the imported row as it was judged, under the list it belongs to. */
export const ContactSchema = ImportRowSchema.extend({ id: z.number().int() })
export type Contact = z.infer<typeof ContactSchema>

export const ContactPageSchema = z.object({ total: z.number().int(), rows: z.array(ContactSchema) })
export type ContactPage = z.infer<typeof ContactPageSchema>

export const OptOutSchema = z.object({
  phone: z.string(),
  source: z.string(),
  reason: z.string().nullable(),
  /** A reason Herald wrote itself (a reply that asked to stop), as a phrase; absent on the user's own. */
  reasonPhrase: PhraseSchema.nullable().optional(),
  createdAt: z.string(),
})
export type OptOut = z.infer<typeof OptOutSchema>

export const ImportProgressSchema = z.object({
  sessionId: z.string(),
  phase: z.enum(['reading', 'parsing', 'analysing', 'saving', 'done']),
  /** 0 to 100. */
  percent: z.number(),
  message: z.string(),
  messagePhrase: PhraseSchema.optional(),
})
export type ImportProgress = z.infer<typeof ImportProgressSchema>

/** Files bigger than this are refused before reading, with advice to split them. */
export const maxImportBytes = 50 * 1024 * 1024
