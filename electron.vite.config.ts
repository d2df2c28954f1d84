import { chmod } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

const shebang = '#!/usr/bin/env node\n'

/** Makes out/main/cli.js runnable as the `herald` bin: a shebang on top and the executable bit. */
function cliShebang(): Plugin {
  return {
    name: 'herald:cli-shebang',
    generateBundle(_options, bundle) {
      const cli = bundle['cli.js']
      if (cli?.type === 'chunk' && !cli.code.startsWith('#!')) cli.code = shebang + cli.code
    },
    async writeBundle(options) {
      if (options.dir) await chmod(join(options.dir, 'cli.js'), 0o755).catch(() => undefined)
    },
  }
}

/**
 * Vite's dev server injects styles and the React refresh preamble inline, which the strict policy in
 * index.html forbids; only `electron-vite dev` gets this allowance, the built app keeps the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'herald:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  }
}

export default defineConfig({
  main: {
    plugins: [cliShebang()],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('src-main/app/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          host: resolve('src-main/host/main.ts'),
          // Spreadsheets are parsed in a worker thread, from its own file next to the bundle.
          'import-worker': resolve('src-main/import/worker.ts'),
          // …and a big file's phone numbers half on a helper that loads only the phone library.
          'phone-worker': resolve('src-main/import/phone-worker.ts'),
        },
        output: { format: 'cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'), so everything else it uses is bundled into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src-main/app/preload.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src-renderer/index.html') },
      },
    },
  },
})
