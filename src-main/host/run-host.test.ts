import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { AlreadyRunningError, lockFile } from '../instance-lock'
import type { LockHolder } from '../instance-lock'
import { tempDataDir } from '../context.test-support'
import { addWorkspace } from '../workspaces'
import { describeStartupError, runBrowserHost } from './run-host'

let temp: { dir: string; remove: () => void }
let dataDir: string
let rendererDir: string
const running: Array<{ stop(): Promise<void> }> = []
const savedRendererDir = process.env.HERALD_RENDERER_DIR

beforeEach(() => {
  temp = tempDataDir('herald-host-')
  dataDir = path.join(temp.dir, 'data')
  rendererDir = path.join(temp.dir, 'renderer')
  fs.mkdirSync(rendererDir)
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Herald</title>')
  // The tests must not depend on a build of the renderer being there.
  process.env.HERALD_RENDERER_DIR = rendererDir
})

afterEach(async () => {
  for (const host of running.splice(0)) await host.stop()
  if (savedRendererDir === undefined) delete process.env.HERALD_RENDERER_DIR
  else process.env.HERALD_RENDERER_DIR = savedRendererDir
  temp.remove()
})

async function startInProcess(): Promise<{ url: string; stop(): Promise<void> }> {
  const host = await runBrowserHost({ dataDir, port: 0, open: false, console: false, print: () => undefined })
  running.push(host)
  return host
}

function holder(): LockHolder {
  return JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8')) as LockHolder
}

describe('the browser run and its data folder', () => {
  it('holds the folder while it runs, with its address, and lets go when it stops', async () => {
    const host = await startInProcess()
    expect(holder()).toMatchObject({ pid: process.pid, kind: 'browser', url: host.url })
    await host.stop()
    running.splice(0)
    expect(fs.existsSync(lockFile(dataDir))).toBe(false)
  })

  it('refuses a second run on the same folder before opening anything, naming the first', async () => {
    const first = await startInProcess()
    const error = await runBrowserHost({
      dataDir,
      port: 0,
      open: false,
      console: false,
      print: () => undefined,
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(AlreadyRunningError)
    const line = describeStartupError(error, 0)
    expect(line).toContain(`(the browser run at ${first.url}; open that address)`)
    expect(line).toContain(`Data folder: ${dataDir}.`)
    expect(line).toContain('--data-dir DIR')
    expect(line).not.toContain('\n')
    expect(holder().url).toBe(first.url)
  })

  it('lets go of the folder when its data cannot be opened', async () => {
    fs.mkdirSync(dataDir)
    fs.writeFileSync(path.join(dataDir, 'herald.db'), 'These are my notes, not a database.\n')
    await expect(startInProcess()).rejects.toThrow()
    expect(fs.existsSync(lockFile(dataDir))).toBe(false)
  })

  it('lets go of the folder when its port is taken', async () => {
    const other = net.createServer()
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const { port } = other.address() as net.AddressInfo
    try {
      const run = runBrowserHost({ dataDir, port, open: false, console: false, print: () => undefined })
      await expect(run).rejects.toMatchObject({ code: 'EADDRINUSE' })
      expect(fs.existsSync(lockFile(dataDir))).toBe(false)
    } finally {
      other.close()
    }
  })
})

/** The page's side of the WebSocket: requests answered in turn, and the events pushed meanwhile. */
async function pageOf(
  url: string,
): Promise<{ call(channel: string, input: unknown): Promise<unknown>; events: unknown[] }> {
  const { port, searchParams } = new URL(url)
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api?token=${searchParams.get('token') ?? ''}`)
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  const events: unknown[] = []
  const answers = new Map<number, (result: unknown) => void>()
  ws.on('message', (data) => {
    const message = JSON.parse((data as Buffer).toString('utf8')) as {
      id?: number
      result?: unknown
      event?: string
    }
    if (message.event) events.push(message)
    else answers.get(message.id ?? -1)?.(message.result)
  })
  let next = 1
  return {
    events,
    call: (channel, input) =>
      new Promise((resolve) => {
        const id = next++
        answers.set(id, resolve)
        ws.send(JSON.stringify({ id, channel, input }))
      }),
  }
}

describe('the browser run and its workspaces', () => {
  it('opens the workspace asked for, and switches the page to another, each holding its own folder', async () => {
    const shop = addWorkspace(dataDir, 'shop2')
    const host = await runBrowserHost({
      dataDir,
      workspace: 'shop2',
      port: 0,
      open: false,
      console: false,
      print: () => undefined,
    })
    running.push(host)
    const holderOf = (dir: string): LockHolder | null =>
      fs.existsSync(lockFile(dir)) ? (JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')) as LockHolder) : null
    expect(holderOf(shop.dataDir)).toMatchObject({ kind: 'browser', url: host.url })
    expect(holderOf(dataDir)).toBeNull()
    const page = await pageOf(host.url)
    expect(await page.call('app:get-info', {})).toMatchObject({ ok: true, value: { dataDir: shop.dataDir } })

    expect(await page.call('workspaces:switch', { name: 'default' })).toMatchObject({ ok: true })
    expect(page.events).toEqual([
      { event: 'workspaces:changed', payload: { current: 'default', switched: true } },
    ])
    expect(await page.call('app:get-info', {})).toMatchObject({ ok: true, value: { dataDir } })
    expect(holderOf(dataDir)).toMatchObject({ kind: 'browser', url: host.url })
    expect(holderOf(shop.dataDir)).toBeNull()
  })
})

describe('describeStartupError', () => {
  it('says where the other Herald is and what to do, in one line', () => {
    const desktop: LockHolder = { pid: 1234, kind: 'desktop', startedAt: '2026-06-03T13:00:00.000Z' }
    const line = describeStartupError(
      new AlreadyRunningError('/home/ann/.config/Herald', desktop),
      0,
      'the HERALD_DATA_DIR environment variable',
    )
    expect(line).toBe(
      'Herald is already running on this data folder (the desktop app, process 1234; switch to its window). ' +
        'Data folder: /home/ann/.config/Herald. To start Herald here, stop that one first, or choose another ' +
        'data folder with the HERALD_DATA_DIR environment variable.',
    )
  })

  it('explains a port in use and any other failure', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' })
    expect(describeStartupError(inUse, 8080)).toMatch(/^Herald could not start: port 8080 is already in use/)
    expect(describeStartupError(new Error('disk full'), 0)).toBe('Herald could not start: disk full')
  })
})

// The program itself, as a user starts it twice from two terminals.
type Run = { child: ReturnType<typeof spawn>; output: () => string; exited: Promise<number | null> }

function runProgram(): Run {
  const main = path.resolve(__dirname, 'main.ts')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', main, '--data-dir', dataDir, '--port', '0', '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HERALD_RENDERER_DIR: rendererDir } },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function address(run: Run): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    // Not just any address: a refused run names the one that holds the folder.
    const url = /Open this address in your browser:\s+(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(
      run.output(),
    )?.[1]
    if (url) return url
    if (run.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`The browser run printed no address:\n${run.output()}`)
}

async function stopProgram(run: Run): Promise<number | null> {
  if (run.child.exitCode === null) run.child.kill('SIGTERM')
  return run.exited
}

describe('two browser runs on one folder', () => {
  it('the second exits 1 naming the first; once the first stops, a new one starts', async () => {
    const first = runProgram()
    const runs = [first]
    try {
      const url = await address(first)
      const second = runProgram()
      runs.push(second)
      expect(await second.exited).toBe(1)
      const lines = second.output().trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`Herald is already running on this data folder (the browser run at ${url}`)
      expect(lines[0]).toContain(dataDir)
      expect(await stopProgram(first)).toBe(0)
      expect(fs.existsSync(lockFile(dataDir))).toBe(false)
      const third = runProgram()
      runs.push(third)
      expect(await address(third)).not.toBe(url)
    } finally {
      await Promise.all(runs.map(stopProgram))
    }
  })

  it('started at the same moment, exactly one runs', async () => {
    const runs = [runProgram(), runProgram()]
    try {
      const started = await Promise.allSettled(runs.map(address))
      expect(started.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
      const refused = runs.find((run) => run.child.exitCode !== null)
      expect(await refused?.exited).toBe(1)
      expect(refused?.output()).toContain('Herald is already running on this data folder')
    } finally {
      await Promise.all(runs.map(stopProgram))
    }
  })
})
