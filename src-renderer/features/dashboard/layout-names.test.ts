import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { layoutNameError } from './layout-names'

const t = translator('en')

const layouts = [
  { id: 1, name: 'My dashboard' },
  { id: 2, name: 'Team' },
]

describe('a layout name', () => {
  it('is refused when empty, too long or taken by another layout, whatever its case', () => {
    expect(layoutNameError(t, '  ', layouts)).toBe('Give the layout a name, for example “Team”.')
    expect(layoutNameError(t, 'x'.repeat(41), layouts)).toBe('Keep the name to 40 characters.')
    expect(layoutNameError(t, ' team ', layouts)).toBe(
      'There is already a layout named “Team”. Choose another name.',
    )
  })

  it('is refused in the language of the window', () => {
    expect(layoutNameError(translator('es'), ' team ', layouts)).toBe(
      'Ya hay un diseño llamado “Team”. Elige otro nombre.',
    )
  })

  it('is fine when new, or when a layout keeps its own name in another case', () => {
    expect(layoutNameError(t, 'Owner', layouts)).toBeNull()
    expect(layoutNameError(t, 'TEAM', layouts, 2)).toBeNull()
  })
})
