import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'src-renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Many tests wait on child processes, sockets and real timers rather than the CPU: four at a time
    // even on two cores (the default would be one fewer than the cores)
    maxWorkers: Math.min(8, Math.max(4, availableParallelism())),
    testTimeout: 30_000,
  },
})
