/**
 * For scripts and tests that run Payload themselves (the seed, the CMS's own test set-up): the
 * Local API and the config. Kept apart from the content entry (`@vsp/cms`, src/content), which
 * the sites import and which hands out published content only, never the means to write it.
 */
import { getPayload } from 'payload'
import config from './payload.config'

export { getPayload, config }
