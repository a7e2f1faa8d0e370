import type { Media, Snapshot } from '@vsp/content-models'
import { mediaById } from '@vsp/ui'

/** Media this site shows: video posters. */
export function usedMedia(content: Snapshot): Media[] {
  return content.videos.map((v) => mediaById(content, v.poster)).filter((m): m is Media => Boolean(m))
}
