import { isWebAddress } from '@vsp/content-models'

/**
 * How a video is played once the visitor asks for it. Nothing here fetches: the page holds only
 * the poster until the click (no request to the video host before consent by clicking).
 */
export type VideoPlayer = { kind: 'file'; src: string } | { kind: 'iframe'; src: string }

const FILE_EXTENSION = /\.(mp4|webm|ogv|ogg|m4v)(\?.*)?$/i

export function videoPlayer(hostingUrl: string): VideoPlayer {
  // An iframe or video with a javascript: source would run in the site's origin (CWE-79).
  if (!isWebAddress(hostingUrl)) return { kind: 'iframe', src: 'about:blank' }
  if (FILE_EXTENSION.test(new URL(hostingUrl, 'http://x').pathname)) return { kind: 'file', src: hostingUrl }
  const url = new URL(hostingUrl)
  const host = url.hostname.replace(/^www\./, '')
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).pop()
    const embed = new URL(host === 'vimeo.com' ? `https://player.vimeo.com/video/${id}` : url.href)
    embed.searchParams.set('dnt', '1')
    return { kind: 'iframe', src: embed.href }
  }
  if (host === 'youtube.com' || host === 'youtu.be') {
    const id = host === 'youtu.be' ? url.pathname.slice(1) : (url.searchParams.get('v') ?? url.pathname.split('/').pop())
    return { kind: 'iframe', src: `https://www.youtube-nocookie.com/embed/${id}` }
  }
  return { kind: 'iframe', src: hostingUrl }
}

/** "3 min 20 s" for a visitor; schema.org gets the ISO form. */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  if (!m) return `${s} s`
  return s ? `${m} min ${s} s` : `${m} min`
}
