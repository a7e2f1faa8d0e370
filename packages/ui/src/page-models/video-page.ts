import { VIDEO_KIND_LABELS, type Video } from '@vsp/content-models'
import type { SiteUrls } from '../content/urls'
import { formatDuration, videoPlayer } from '../media/video-embed'
import type { PageSearch } from './page-document'

export const TRANSCRIPT_HEADING = 'Uitgeschreven tekst'
export const VIDEO_LOADS_LATER = 'De video wordt pas geladen als u op afspelen drukt; daarna komt hij van de videodienst.'

/** The line above a video's title: its kind and length. */
export const videoEyebrow = (video: Pick<Video, 'kind' | 'durationSeconds'>) =>
  `${VIDEO_KIND_LABELS[video.kind]} · Duur: ${formatDuration(video.durationSeconds)}`

/** A video page: kind and length above the title, the play button, the transcript. */
export function videoPage(video: Video, urls: SiteUrls) {
  const url = urls.video(video)
  const duration = formatDuration(video.durationSeconds)
  const eyebrow = videoEyebrow(video)
  const playLabel = `Speel video af: ${video.title} (${duration})`
  const search: PageSearch = {
    url,
    title: video.title,
    kind: 'video',
    text: [
      eyebrow,
      video.summary,
      video.captionsUrl && videoPlayer(video.hostingUrl).kind === 'iframe' && 'Ondertiteling downloaden',
      playLabel,
      VIDEO_LOADS_LATER,
      TRANSCRIPT_HEADING,
      video.transcript,
    ],
    headings: [TRANSCRIPT_HEADING],
  }
  return { url, title: video.title, description: video.summary, kind: 'video' as const, eyebrow, playLabel, search }
}
