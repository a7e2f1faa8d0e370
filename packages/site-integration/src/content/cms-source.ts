// Imported statically on purpose: a dynamic import() fails under Astro's module runner.
import { getPublishedContent } from '@vsp/cms'

/** Content straight from the CMS (Payload Local API, published documents only); CONTENT_SOURCE=cms. */
export function readContent(): Promise<unknown> {
  return getPublishedContent()
}
