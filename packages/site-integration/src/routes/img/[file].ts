import { imageRoute } from '../image-route'
import { getContent } from '#site-content'

export const { getStaticPaths, GET } = imageRoute(getContent)
