import { describe, expect, it } from 'vitest'
import type { WorkspaceSummary } from '../../src-shared/domain/workspaces'
import { translator } from '../i18n/translate.test-support'
import { backgroundSending, freeColour, keepsSending, workspaceNameError } from './workspace-words'

const t = translator('en')

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
    expect(workspaceNameError(t, '  ', all)).toBe('Give the workspace a name, for example the client’s.')
    expect(workspaceNameError(t, 'x'.repeat(41), all)).toBe('A workspace name has at most 40 characters.')
    expect(workspaceNameError(t, 'a/b', all)).toMatch(/slashes/)
    expect(workspaceNameError(t, 'DEFAULT', all)).toBe(
      'There is a workspace called "default" already. Choose another name.',
    )
    // Case does not make another name; accents do.
    expect(workspaceNameError(t, 'café núñez', all)).toMatch(/already/)
    expect(workspaceNameError(t, 'Cafe Nunez', all)).toBeNull()
    expect(workspaceNameError(t, 'shop2', all)).toBeNull()
  })

  it('lets a workspace keep its own name while it is renamed', () => {
    expect(workspaceNameError(t, 'CAFÉ NÚÑEZ', all, 'Café Núñez')).toBeNull()
    expect(workspaceNameError(t, 'default', all, 'Café Núñez')).toMatch(/already/)
  })
})

describe('the switcher’s words', () => {
  it('names the workspaces sending in the background, not the one shown', () => {
    expect(backgroundSending(t, all)).toBeNull()
    expect(backgroundSending(t, [workspace('default', { current: true, sending: ['Spring'] })])).toBeNull()
    expect(backgroundSending(t, [...all, workspace('shop2', { sending: ['Spring'] })])).toBe(
      '“shop2” is sending in the background',
    )
    expect(
      backgroundSending(t, [workspace('a', { sending: ['x'] }), workspace('b', { sending: ['y'] })]),
    ).toBe('2 other workspaces are sending in the background')
  })

  it('says which campaign keeps sending where', () => {
    expect(keepsSending(t, ['Spring offer'], 'default')).toBe(
      'The campaign “Spring offer” keeps sending in the background in the workspace “default”.',
    )
    expect(keepsSending(t, ['A', 'B'], 'shop2')).toBe(
      '2 campaigns keep sending in the background in the workspace “shop2”.',
    )
  })

  it('says it in the window’s language, with its plurals', () => {
    const es = translator('es')
    expect(keepsSending(es, ['A', 'B'], 'shop2')).toBe(
      '2 campañas siguen enviando en segundo plano en el espacio de trabajo «shop2».',
    )
    const ar = translator('ar')
    expect(
      backgroundSending(ar, [workspace('a', { sending: ['x'] }), workspace('b', { sending: ['y'] })]),
    ).toBe('مساحتا عمل أخريان ترسلان في الخلفية')
    expect(workspaceNameError(es, '  ', all)).toBe(
      'Ponle un nombre al espacio de trabajo, por ejemplo el de tu cliente.',
    )
  })

  it('gives a new workspace a colour no other wears yet', () => {
    expect(freeColour(all, 'new')).toBe('green')
  })
})
