import { defineConfig } from 'astro/config'
import { siteConfig } from '@vsp/site-integration'

export default defineConfig(siteConfig({ configUrl: import.meta.url, port: Number(process.env.PROFESSIONALS_PORT ?? 4322) }))
