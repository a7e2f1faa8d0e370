/**
 * The one small script every page may carry (kept under 2 KB gzip): the quick exit of the
 * helpers site, the video facade and print buttons. No framework, no requests of its own.
 */

/** Wires the quick exit, the video facades and print buttons of the current page. */
export function initSite(): void {
  initQuickExit()
  initVideoFacades()
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print())
}

function quickExit(url: string): void {
  // Clear what is visible first, so nothing lingers while the neutral site loads.
  document.title = ''
  document.documentElement.style.visibility = 'hidden'
  document.body.replaceChildren()
  // replace(): the Back button must not return to this page.
  location.replace(url)
}

function initQuickExit(): void {
  const exitButton = document.querySelector<HTMLElement>('[data-quick-exit]')
  if (!exitButton) return
  const url = exitButton.dataset.quickExit || 'https://www.google.nl/'
  exitButton.addEventListener('click', (event) => {
    event.preventDefault()
    quickExit(url)
  })
  let lastEscape = 0
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return
    const now = Date.now()
    if (now - lastEscape < 1000) quickExit(url)
    lastEscape = now
  })
}

// The video host is contacted only after the visitor presses play.
function initVideoFacades(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-video-play]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault()
      const frame = link.closest<HTMLElement>('[data-video]')
      if (frame) play(frame)
    })
  }
}

function play(frame: HTMLElement): void {
  const { videoKind, videoSrc = '', videoTitle = '', videoCaptions } = frame.dataset
  let player: HTMLIFrameElement | HTMLVideoElement
  if (videoKind === 'file') {
    player = document.createElement('video')
    player.controls = true
    player.autoplay = true
    player.src = videoSrc
    if (videoCaptions) {
      const track = document.createElement('track')
      track.kind = 'captions'
      track.srclang = 'nl'
      track.label = 'Nederlands'
      track.src = videoCaptions
      track.default = true
      player.append(track)
    }
  } else {
    player = document.createElement('iframe')
    player.src = videoSrc
    player.allow = 'autoplay; fullscreen; picture-in-picture'
    player.allowFullscreen = true
  }
  player.title = videoTitle
  player.className = 'video__player'
  frame.replaceChildren(player)
  player.focus()
}
