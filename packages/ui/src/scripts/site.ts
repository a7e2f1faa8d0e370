/**
 * The one small script every page may carry (kept under 2 KB gzip): the quick exit of the
 * helpers site, the video facade, print buttons and the print date. No framework, no requests of its own.
 */

/** Wires the quick exit, the video facades, print buttons and the date on paper. */
export function initSite(): void {
  initQuickExit()
  initVideoFacades()
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print())
  addEventListener('beforeprint', () => {
    for (const time of document.querySelectorAll('[data-print-date]')) {
      time.textContent = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
    }
  })
}

function quickExit(url: string): void {
  // Clear what is visible first, so nothing lingers while the neutral site loads.
  document.title = ''
  document.documentElement.style.visibility = 'hidden'
  document.body.replaceChildren()
  // replace(): the Back button must not return to this page.
  location.replace(url)
}

/**
 * "Snel weg": a click, or Shift pressed three times within 2 seconds with no other key in
 * between (GOV.UK's "Exit this page" shortcut). Escape is not used: it is pressed by accident
 * to close a menu or a dialog. Typing capitals does not count: the letter resets the count.
 */
function initQuickExit(): void {
  const exitButton = document.querySelector<HTMLElement>('[data-quick-exit]')
  if (!exitButton) return
  const url = exitButton.dataset.quickExit || 'https://www.google.nl/'
  exitButton.addEventListener('click', (event) => {
    event.preventDefault()
    quickExit(url)
  })
  let presses: number[] = []
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) {
      presses = []
      return
    }
    const now = Date.now()
    presses = [...presses.filter((t) => now - t < 2000), now]
    if (presses.length >= 3) quickExit(url)
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
