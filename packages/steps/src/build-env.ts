/**
 * The environment of a static `astro build` from a snapshot file, the same for the start
 * command, the site tests and the build benchmark. Telemetry would call out; vitest's
 * NODE_ENV=test would make Vite bundle React's development build.
 */
export function snapshotBuildEnv(snapshot: string, mediaDir?: string): Record<string, string> {
  return {
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CONTENT_SOURCE: 'snapshot',
    CONTENT_SNAPSHOT: snapshot,
    ...(mediaDir ? { MEDIA_DIR: mediaDir } : {}),
  }
}
