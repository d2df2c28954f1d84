import { parentPort } from 'node:worker_threads'
import { normalizePhone } from './phone'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

// The import worker's helper for a big file: it checks the half of the phone numbers it is sent while the
// import worker checks the other half. It loads only the phone library, so it is small and quick to start.
function answer(request: WorkerRequest): WorkerResponse {
  if (request.type === 'phones') {
    return {
      id: request.id,
      type: 'result',
      value: request.raws.map((raw) => normalizePhone(raw, request.country)),
    }
  }
  if (request.type === 'ping') return { id: request.id, type: 'result', value: null }
  return {
    id: request.id,
    type: 'error',
    message: `The phone helper does not do "${request.type}".`,
    phrase: null,
  }
}

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(answer(request)))
