import { findTestTools, judgeTestTools } from './test-tools'

// Runs before `npm test` (its pretest): says in one line what is missing instead of failing deep in a test.
const verdict = judgeTestTools(findTestTools())
for (const line of verdict.lines) process.stderr.write(`npm test: ${line}\n`)
process.exit(verdict.ok ? 0 : 1)
