import type { TestContext } from './context.test-support'
import { openTestContext } from './context.test-support'
import { acquireInstanceLock } from './instance-lock'
import { createHandlers } from './ipc/handlers'
import { OpenWorkspaces } from './open-workspaces'
import type { OpenedWorkspace } from './open-workspaces'
import { fakeClientFactory } from './whatsapp/fake-client'
import { findWorkspace } from './workspaces'

export type TestWorkspace = OpenedWorkspace & { readonly ctx: TestContext; released: boolean }

/**
 * For tests: the workspaces of the data folder `root` as the app opens them (each takes its folder's lock
 * and gets a test context with a fake WhatsApp), showing `first` (the default when absent). `opened` lists
 * every workspace opened, in order, closed ones too.
 */
export function openTestWorkspaces(
  root: string,
  first?: string,
  watchMs = 20,
): { workspaces: OpenWorkspaces<TestWorkspace>; opened: TestWorkspace[] } {
  const opened: TestWorkspace[] = []
  const workspaces = new OpenWorkspaces<TestWorkspace>({
    root,
    first: findWorkspace(root, first),
    watchMs,
    open: (workspace, control) => {
      const lock = acquireInstanceLock(workspace.dataDir, 'desktop')
      const ctx = openTestContext({
        dataDir: workspace.dataDir,
        runtime: 'electron',
        whatsappClient: fakeClientFactory().factory,
      })
      const entry: TestWorkspace = {
        ctx,
        handlers: createHandlers(ctx, { workspaces: control }),
        released: false,
        release: () => {
          lock.release()
          entry.released = true
        },
      }
      opened.push(entry)
      return entry
    },
  })
  return { workspaces, opened }
}
