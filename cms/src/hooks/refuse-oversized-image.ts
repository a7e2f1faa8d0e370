import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { MAX_UPLOAD_PIXELS, uploadLimitProblem } from './image-upload-limits'

/**
 * Refuses an upload over the size or pixel limit with a Dutch message, before Payload decodes
 * it. sharp reads only the image header for this; the collection's `constructorOptions`
 * (limitInputPixels) is the second line should this hook ever be skipped.
 */
export const refuseOversizedImage: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = (args as { req?: { file?: { data?: Buffer; size?: number; tempFilePath?: string } } }).req?.file
  if (!file) return args
  const source = file.tempFilePath || file.data
  const header = source
    ? await sharp(source, { limitInputPixels: false })
        .metadata()
        .catch(() => undefined)
    : undefined
  const problem = uploadLimitProblem({ bytes: file.size ?? file.data?.length ?? 0, width: header?.width, height: header?.height })
  if (problem) throw new APIError(problem, 413, { maxPixels: MAX_UPLOAD_PIXELS }, true)
  return args
}
