import type { AstroIntegration } from 'astro'

/**
 * The renderer build of a site (SITE_RENDERER=1, outDir dist-renderer): the same pages, layout,
 * components and styles as the static build, with every route rendered on demand by a minimal
 * adapter whose server entry takes the snapshot at render time (server-entry.ts). The preview
 * uses it; incremental publishing can. The static build never loads this integration.
 */
export function rendererIntegration(): AstroIntegration {
  return {
    name: 'vsp-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'vsp-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./server-entry.ts', import.meta.url),
          adapterFeatures: { buildOutput: 'server' },
          supportedAstroFeatures: { hybridOutput: 'stable', staticOutput: 'stable', serverOutput: 'stable', sharpImageService: 'stable' },
        })
      },
      'astro:route:setup': ({ route }) => {
        route.prerender = false
      },
    },
  }
}

/** Whether this build is the renderer build (set by scripts/lib/sites.ts `buildRenderer`). */
export function isRendererBuild(): boolean {
  return process.env.SITE_RENDERER === '1'
}
