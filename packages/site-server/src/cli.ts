/**
 * `tsx packages/site-server/src/cli.ts <dist> [port] [host]`: serves one built site, for
 * production behind a proxy or a CDN (README "Production").
 */
import { startSiteServer } from './site-server'

const [root, port = '4321', host = '127.0.0.1'] = process.argv.slice(2)
if (!root) {
  console.error('Usage: tsx packages/site-server/src/cli.ts <dist folder> [port] [host]')
  process.exit(2)
}
const server = await startSiteServer({ root, port: Number(port), host })
console.log(`Site served at ${server.url} from ${root}`)
const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
