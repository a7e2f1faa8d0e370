/** The only hosts a video iframe may come from after the click; the sites' CSP `frame-src` is this list. */
export const VIDEO_EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const
