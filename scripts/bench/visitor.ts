/**
 * The publish benchmark's visitor, in a process of its own (`fork`ed by publish-bench.ts): serves
 * the built site, as the site server does in production (a process apart from the publish
 * worker), and polls a page until it shows a marker. In the bench's own process the answer waited
 * for whatever the worker did after the swap (serialising the 30 MB snapshot blocks its event
 * loop for a second or more), which no visitor waits for.
 */
import { startSiteServer } from '@vsp/site-server'

const root = process.argv[2]
const server = await startSiteServer({ root, port: 0, host: '127.0.0.1' })
const send = (message: object) => process.send?.(message)
send({ url: server.url })

/** Absolute time in ms, comparable between processes. */
const now = () => performance.timeOrigin + performance.now()

process.on('message', async (message: { url?: string; marker?: string; close?: boolean }) => {
  if (message.close) {
    await server.close()
    process.exit(0)
  }
  const { url, marker } = message as { url: string; marker: string }
  const started = now()
  for (;;) {
    const html = await fetch(url)
      .then((response) => response.text())
      .catch(() => '')
    if (html.includes(marker)) return send({ marker, at: now() })
    if (now() - started > 300_000) return send({ marker, error: `${url} never showed ${marker}` })
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
})
