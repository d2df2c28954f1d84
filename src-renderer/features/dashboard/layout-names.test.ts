import { describe, expect, it } from 'vitest'
import { layoutNameError } from './layout-names'

const layouts = [
  { id: 1, name: 'My dashboard' },
  { id: 2, name: 'Team' },
]

describe('a layout name', () => {
  it('is refused when empty, too long or taken by another layout, whatever its case', () => {
    expect(layoutNameError('  ', layouts)).toBe('Give the layout a name, for example “Team”.')
    expect(layoutNameError('x'.repeat(41), layouts)).toBe('Keep the name to 40 characters.')
    expect(layoutNameError(' team ', layouts)).toBe(
      'There is already a layout named “Team”. Choose another name.',
    )
  })

  it('is fine when new, or when a layout keeps its own name in another case', () => {
    expect(layoutNameError('Owner', layouts)).toBeNull()
    expect(layoutNameError('TEAM', layouts, 2)).toBeNull()
  })
})
