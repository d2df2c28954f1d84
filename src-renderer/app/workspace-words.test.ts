import { describe, expect, it } from 'vitest'
import type { WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { backgroundSending, freeColour, keepsSending, workspaceNameError } from './workspace-words'

const workspace = (name: string, more: Partial<WorkspaceSummary> = {}): WorkspaceSummary => ({
  name,
  colour: 'blue',
  current: false,
  isDefault: false,
  sending: [],
  ...more,
})

const all = [
  workspace('default', { current: true, isDefault: true }),
  workspace('Café Núñez', { colour: 'teal' }),
]

describe('workspaceNameError', () => {
  it('says what is wrong with a name, as the main process would', () => {
    expect(workspaceNameError('  ', all)).toBe('Give the workspace a name, for example the client’s.')
    expect(workspaceNameError('x'.repeat(41), all)).toBe('A workspace name has at most 40 characters.')
    expect(workspaceNameError('a/b', all)).toMatch(/slashes/)
    expect(workspaceNameError('DEFAULT', all)).toBe(
      'There is a workspace called "default" already. Choose another name.',
    )
    // Case does not make another name; accents do.
    expect(workspaceNameError('café núñez', all)).toMatch(/already/)
    expect(workspaceNameError('Cafe Nunez', all)).toBeNull()
    expect(workspaceNameError('shop2', all)).toBeNull()
  })

  it('lets a workspace keep its own name while it is renamed', () => {
    expect(workspaceNameError('CAFÉ NÚÑEZ', all, 'Café Núñez')).toBeNull()
    expect(workspaceNameError('default', all, 'Café Núñez')).toMatch(/already/)
  })
})

describe('the switcher’s words', () => {
  it('names the workspaces sending in the background, not the one shown', () => {
    expect(backgroundSending(all)).toBeNull()
    expect(backgroundSending([workspace('default', { current: true, sending: ['Spring'] })])).toBeNull()
    expect(backgroundSending([...all, workspace('shop2', { sending: ['Spring'] })])).toBe(
      '“shop2” is sending in the background',
    )
    expect(backgroundSending([workspace('a', { sending: ['x'] }), workspace('b', { sending: ['y'] })])).toBe(
      '2 other workspaces are sending in the background',
    )
  })

  it('says which campaign keeps sending where', () => {
    expect(keepsSending(['Spring offer'], 'default')).toBe(
      'The campaign “Spring offer” keeps sending in the background in the workspace “default”.',
    )
    expect(keepsSending(['A', 'B'], 'shop2')).toBe(
      '2 campaigns keep sending in the background in the workspace “shop2”.',
    )
  })

  it('gives a new workspace a colour no other wears yet', () => {
    expect(freeColour(all, 'new')).toBe('green')
  })
})
