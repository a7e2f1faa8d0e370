import net from 'node:net'

export interface RawRequest {
  method: string
  /** Sent as is: may hold `..`, `%00`, bytes that are not UTF-8. */
  path: string | Buffer
  headers?: Record<string, string>
  body?: Buffer
}

/**
 * One HTTP/1.1 request over a plain socket, so that nothing on the way tidies it up (fetch and
 * node:http refuse or normalise what a fuzzer must send). Resolves with the status code, or 0
 * when the server closed the connection without answering.
 */
export function rawRequest(origin: string, request: RawRequest, timeoutMs = 30_000): Promise<number> {
  const { hostname, port } = new URL(origin)
  const body = request.body ?? Buffer.alloc(0)
  const headers: Record<string, string> = { host: `${hostname}:${port}`, connection: 'close', ...request.headers }
  if (body.length && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length'))
    headers['content-length'] = String(body.length)
  const head = Buffer.concat([
    Buffer.from(`${request.method} `),
    Buffer.isBuffer(request.path) ? request.path : Buffer.from(request.path),
    Buffer.from(
      ` HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n')}\r\n\r\n`,
    ),
  ])
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer in ${timeoutMs} ms to ${request.method} ${String(request.path).slice(0, 80)}`))
    }, timeoutMs)
    socket.on('connect', () => socket.write(Buffer.concat([head, body])))
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received)
      if (match) {
        clearTimeout(timer)
        socket.destroy()
        resolve(Number(match[1]))
      }
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(0)
    })
  })
}
