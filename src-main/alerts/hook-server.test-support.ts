import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: http.IncomingHttpHeaders; body: string; path: string }

/**
 * A webhook service on 127.0.0.1 (a free port): it keeps every request as it came, raw body and all, and
 * answers each with the next status of `answers` (the last one from then on; 'hang' never answers).
 */
export async function hookServer(answers: (number | 'hang')[] = [200]): Promise<{
  url: string
  received: Received[]
  close: () => Promise<void>
}> {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        path: request.url ?? '',
      })
      const answer = answers[Math.min(received.length - 1, answers.length - 1)] ?? 200
      if (answer === 'hang') return
      response.writeHead(answer, { 'content-type': 'text/plain' })
      response.end(answer < 300 ? 'ok' : 'no')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/herald`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
