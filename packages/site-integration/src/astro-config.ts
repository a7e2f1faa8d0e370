import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@astrojs/react'
import type { AstroUserConfig } from 'astro'
import { siteIntegration } from './integration'
import { isRendererBuild, rendererIntegration } from './renderer/renderer-integration'

export interface SiteConfigOptions {
  /** import.meta.url of the site's astro.config.ts */
  configUrl: string
  port: number
}

/**
 * The Astro config both sites share. The content source is chosen here, once: with
 * CONTENT_SOURCE=cms the alias `#content-source` points at a module that imports the CMS
 * statically (Payload in-process, used only by the content loader in src/content.config.ts);
 * otherwise at one that reads a JSON snapshot, so that build never loads Payload.
 */
export function siteConfig({ configUrl, port }: SiteConfigOptions): AstroUserConfig {
  const siteRoot = fileURLToPath(new URL('./', configUrl))
  const repoRoot = path.resolve(siteRoot, '../..')
  process.env.CONTENT_SNAPSHOT ??= path.join(repoRoot, 'cms/data/snapshot.json')
  // Same default as the CMS's own uploads folder (CMS_DATA_DIR/media), which it reads from this env too.
  process.env.MEDIA_DIR ??= path.join(process.env.CMS_DATA_DIR ?? path.join(repoRoot, 'cms/data'), 'media')
  // Only the CMS source imports the CMS (its content entry), and only when chosen.
  const source = fileURLToPath(
    new URL(process.env.CONTENT_SOURCE === 'cms' ? './content/cms-source.ts' : './content/snapshot-source.ts', import.meta.url),
  )
  return {
    site: process.env.SITE_URL ?? `http://localhost:${port}`,
    // Builds that run at the same time (tests, benchmarks) each pass their own cache folder.
    ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
    trailingSlash: 'always',
    server: { port, host: '127.0.0.1' },
    build: { format: 'directory', inlineStylesheets: 'never' },
    devToolbar: { enabled: false },
    integrations: [react(), siteIntegration()],
    // The renderer build (renderer/renderer-integration.ts): every page on demand, nothing else changes.
    ...(isRendererBuild() ? { adapter: rendererIntegration() } : {}),
    vite: {
      resolve: { alias: { '#content-source': source } },
      // The shared script stays a file of its own (cacheable, and measurable in the tests).
      build: { assetsInlineLimit: 0 },
    },
  }
}
