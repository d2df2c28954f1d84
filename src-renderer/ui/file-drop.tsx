import { useState } from 'react'
import type { ReactElement, ReactNode, RefObject } from 'react'
import './file-drop.css'

type FileDropProps = {
  /** The area's own look; it lights up while a file is dragged over it. */
  className: string
  /** The area's name for screen readers. */
  label: string
  /** The file types offered by the file dialog. */
  accept: string
  /** The name of the (hidden) file input, which tests and assistive tools reach by it. */
  inputLabel: string
  onFile: (file: File) => void
  /** The file input: a "choose" button opens the system's file dialog with `inputRef.current.click()`. */
  inputRef: RefObject<HTMLInputElement | null>
  busy?: boolean
  children: ReactNode
}

/** An area a file can be dropped on, or chosen from with the system's file dialog. */
export function FileDrop(props: FileDropProps): ReactElement {
  const { className, label, accept, inputLabel, onFile, inputRef, busy, children } = props
  const [over, setOver] = useState(false)
  return (
    <section
      className={`file-drop ${className}${over ? ' file-drop--over' : ''}`}
      aria-label={label}
      aria-busy={busy}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        const file = event.dataTransfer.files[0]
        if (file) onFile(file)
      }}
    >
      <input
        ref={inputRef}
        hidden
        type="file"
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so that choosing the same file again is still a change.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
      {children}
    </section>
  )
}
