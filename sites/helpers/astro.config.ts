import { defineConfig } from 'astro/config'
import { siteConfig } from '@vsp/site-integration'

export default defineConfig(siteConfig({ configUrl: import.meta.url, port: Number(process.env.HELPERS_PORT ?? 4321) }))
