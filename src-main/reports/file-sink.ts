import fs from 'node:fs'

const flushAt = 64 * 1024

/**
 * Text written to a file in chunks of about 64 KB, awaited one by one so that the event loop keeps
 * turning. It writes to `<file>.partial` and renames on `finish()`, so a failed export leaves no
 * half-written file under the chosen name.
 */
export class FileSink {
  private buffered: string[] = []
  private size = 0
  private constructor(
    private readonly handle: fs.promises.FileHandle,
    private readonly file: string,
    private readonly partial: string,
  ) {}

  static async open(file: string): Promise<FileSink> {
    const partial = `${file}.partial`
    return new FileSink(await fs.promises.open(partial, 'w'), file, partial)
  }

  async write(text: string): Promise<void> {
    this.buffered.push(text)
    this.size += text.length
    if (this.size >= flushAt) await this.flush()
  }

  async finish(): Promise<void> {
    await this.flush()
    await this.handle.close()
    await fs.promises.rename(this.partial, this.file)
  }

  /** Closes and removes the partial file; for the error path. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined)
    await fs.promises.rm(this.partial, { force: true })
  }

  private async flush(): Promise<void> {
    if (this.size === 0) return
    const chunk = this.buffered.join('')
    this.buffered = []
    this.size = 0
    await this.handle.write(chunk)
  }
}
