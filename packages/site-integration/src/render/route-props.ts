/** What a route gets from Astro that this helper reads (a page's `Astro`). */
export interface RouteContext {
  isPrerendered: boolean
  props: Record<string, unknown>
  params: Record<string, string | undefined>
}

type StaticPath = { params: Record<string, string | number | undefined>; props?: Record<string, unknown> }

/** Whether a path from getStaticPaths is the one asked for (Astro.params are strings). */
export function sameParams(path: StaticPath['params'], asked: RouteContext['params']): boolean {
  const keys = new Set([...Object.keys(path), ...Object.keys(asked)])
  for (const key of keys) if (String(path[key] ?? '') !== String(asked[key] ?? '')) return false
  return true
}

/**
 * A page's props, the same whether it is built or rendered on demand. In a static build Astro
 * has already called getStaticPaths and passes the props; on demand (the renderer build) it does
 * not, so this calls getStaticPaths with the render's content and picks the path of Astro.params.
 * Undefined when there is no such page: the page then answers 404.
 */
export async function routeProps<P extends Record<string, unknown>>(
  astro: RouteContext,
  getStaticPaths: () => Promise<readonly StaticPath[]> | readonly StaticPath[],
): Promise<P | undefined> {
  if (astro.isPrerendered) return astro.props as P
  const match = (await getStaticPaths()).find((path) => sameParams(path.params, astro.params))
  return match ? ((match.props ?? {}) as P) : undefined
}
