import { ogImageRoute } from '../../og-image-route'
import { getContent, SITE, SITE_NAME } from '#site-content'

export const { getStaticPaths, GET } = ogImageRoute(getContent, SITE, SITE_NAME)
