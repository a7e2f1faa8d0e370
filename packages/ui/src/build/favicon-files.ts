/** Where BaseLayout points the browser: one SVG drawn by hand, the fallbacks made from it after the build. */
export const FAVICON_FILES = { svg: '/favicon.svg', ico: '/favicon.ico', touch: '/apple-touch-icon.png' } as const
