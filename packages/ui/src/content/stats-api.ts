/** Where the sites send page views: the stats server (PUBLIC_STATS_API, default localhost:3001). */
export const DEFAULT_STATS_API = 'http://localhost:3001'

export const statsApi = (env: { PUBLIC_STATS_API?: string }) => (env.PUBLIC_STATS_API || DEFAULT_STATS_API).replace(/\/+$/, '')
