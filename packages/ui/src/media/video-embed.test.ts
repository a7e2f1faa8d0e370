import { describe, expect, it } from 'vitest'
import { formatDuration, videoPlayer } from './video-embed'

describe('videoPlayer', () => {
  it('embeds vimeo with do-not-track', () => {
    expect(videoPlayer('https://vimeo.com/123456789')).toEqual({ kind: 'iframe', src: 'https://player.vimeo.com/video/123456789?dnt=1' })
  })
  it('embeds youtube without cookies', () => {
    expect(videoPlayer('https://www.youtube.com/watch?v=abc').src).toBe('https://www.youtube-nocookie.com/embed/abc')
  })
  it('plays files in a video element', () => {
    expect(videoPlayer('https://cdn.example.org/v/film.mp4').kind).toBe('file')
  })
  it('never plays a script address (CWE-79)', () => {
    expect(videoPlayer('javascript:alert(document.cookie)')).toEqual({ kind: 'iframe', src: 'about:blank' })
    expect(videoPlayer('data:text/html,<script>1</script>')).toEqual({ kind: 'iframe', src: 'about:blank' })
  })
  it('formats durations in Dutch', () => {
    expect(formatDuration(200)).toBe('3 min 20 s')
    expect(formatDuration(45)).toBe('45 s')
  })
})
