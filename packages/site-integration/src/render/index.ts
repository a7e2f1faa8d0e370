/** What pages and the renderer use to render on demand with a snapshot given at render time. */
export { renderSnapshot, withRenderSnapshot } from './render-context'
export { routeProps, sameParams, type RouteContext } from './route-props'
export { siteContent } from './site-content'
