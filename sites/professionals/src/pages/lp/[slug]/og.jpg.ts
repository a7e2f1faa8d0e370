import { ogImageRoute } from '@vsp/ui/build/og-image-route.ts'
import { getContent, SITE, SITE_NAME } from '../../../lib/content'

export const { getStaticPaths, GET } = ogImageRoute(getContent, SITE, SITE_NAME)
