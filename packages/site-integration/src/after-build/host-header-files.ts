import { islandApiBase, statsApi } from '@vsp/ui/integration'
import { HEADERS_FILE, netlifyHeaders, NGINX_FILE, nginxHeaders } from './host-headers'
import { headerRules } from './security-headers'

/** `_headers` and `nginx-headers.conf` for a site whose pages have these inline hashes (addresses from the build's environment). */
export function hostHeaderFiles(hashes: { scriptHashes: Iterable<string>; styleHashes: Iterable<string> }): [string, string][] {
  const rules = headerRules({
    scriptHashes: [...hashes.scriptHashes],
    styleHashes: [...hashes.styleHashes],
    islandApi: islandApiBase(process.env.PUBLIC_ISLAND_API),
    statsApi: statsApi({ PUBLIC_STATS_API: process.env.PUBLIC_STATS_API }),
  })
  return [
    [HEADERS_FILE, netlifyHeaders(rules)],
    [NGINX_FILE, nginxHeaders(rules)],
  ]
}
