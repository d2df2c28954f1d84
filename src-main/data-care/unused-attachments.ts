import fs from 'node:fs'
import path from 'node:path'
import { AttachmentSchema } from '../../src-shared/domain/attachments'

/** How many attachment files a clean-up removed, and the room they took. */
export type RemovedAttachments = { files: number; bytes: number }

// A file is stored when it is attached in Compose, before the template is saved with it: a file that new
// is never taken for unused. Attaching a file again renews its time (AttachmentStore.store).
export const attachmentGraceMs = 24 * 60 * 60 * 1000

const isAttachmentFile = (name: string): boolean => AttachmentSchema.shape.file.safeParse(name).success

/**
 * Removes from the attachments folder `dir` the files that no template or campaign uses (`inUse`) and
 * that are older than `cutoff`, with what an interrupted store left half-written. Never a file in use.
 */
export function removeUnusedAttachments(
  dir: string,
  inUse: ReadonlySet<string>,
  cutoff: Date,
): RemovedAttachments {
  const removed: RemovedAttachments = { files: 0, bytes: 0 }
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    const leftover = name.endsWith('.partial')
    if (inUse.has(name) || (!isAttachmentFile(name) && !leftover)) continue
    const file = path.join(dir, name)
    try {
      const stat = fs.statSync(file)
      if (!stat.isFile() || stat.mtimeMs >= cutoff.getTime()) continue
      fs.rmSync(file)
      if (!leftover) removed.files += 1
      removed.bytes += stat.size
    } catch {
      // Gone already, or not ours to remove: the next clean-up tries again.
    }
  }
  return removed
}
