import { imageRoute } from '@vsp/ui/build/image-route.ts'
import { getContent } from '../../lib/content'

export const { getStaticPaths, GET } = imageRoute(getContent)
