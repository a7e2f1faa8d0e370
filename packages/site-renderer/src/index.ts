/** Renders any page of a site on demand, with a snapshot given at render time (README). */
export { InvalidSnapshotError, loadRenderer, type RenderResult, type SiteRenderer } from './renderer'
export { ensureRendererBuild, rendererDir } from './renderer-build'
