/**
 * The one small script every page carries (kept under 2 KB gzip, measured by the browser test):
 * the quick exit of the helpers site, the video facade, print buttons, the print date, and the
 * count: a page view on every page and the services it sees (a video played, a click on call
 * or chat, a checklist printed or ticked, a course module finished; each once per page), sent
 * to the stats server without cookies or credentials. Nothing is sent when the browser
 * says Do Not Track or Global Privacy Control. The tab keeps only the visit's channel.
 */
import { forgetChannel, mayCount, visitChannel } from '@vsp/analytics/browser'
import { SERVICE_SIGNAL, type ServiceSignal } from '../islands/service-signal'

/** Wires the quick exit, the video facades, print buttons, the date on paper and the count. */
export function initSite(): void {
  initQuickExit()
  initVideoFacades()
  initCount()
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print())
  addEventListener('beforeprint', () => {
    for (const time of document.querySelectorAll('[data-print-date]')) {
      time.textContent = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
    }
  })
}

function tabStorage(): Storage | undefined {
  try {
    return sessionStorage
  } catch {
    return undefined
  }
}

let count: ((kind: string, subject: string) => void) | undefined
/** the services already counted on this page: a second play or click is the same service */
const counted = new Set<string>()
const countService = (kind: string, subject: string) => {
  if (counted.has(`${kind} ${subject}`)) return
  counted.add(`${kind} ${subject}`)
  count?.(kind, subject)
}

/** `<html data-stats="…" data-site="…">`: where to send and for which site. */
function initCount(): void {
  const { stats, site } = document.documentElement.dataset
  if (!stats || !site || !mayCount(navigator as Navigator & { globalPrivacyControl?: boolean })) return
  const channel = visitChannel(tabStorage(), { search: location.search, referrer: document.referrer, ownHost: location.hostname })
  count = (kind, subject) => {
    try {
      fetch(`${stats}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind, site, channel, subject }),
        credentials: 'omit',
        keepalive: true,
        referrerPolicy: 'no-referrer',
      }).catch(() => undefined)
    } catch {}
  }
  count('page-view', document.querySelector<HTMLElement>('main')?.dataset.kind || 'pagina')
  document.addEventListener('click', (event) => {
    const target = (event.target as Element).closest?.<HTMLElement>('a[href^="tel:"], [data-stats-service]')
    if (target) countService(target.dataset.statsService || 'call-clicked', target.dataset.statsSubject || 'telefoon')
  })
  document.addEventListener(SERVICE_SIGNAL, (event) => {
    const { kind, subject } = (event as CustomEvent<ServiceSignal>).detail
    countService(kind, subject)
  })
}

function quickExit(url: string): void {
  forgetChannel(tabStorage())
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
  const { videoKind, videoSrc = '', videoTitle = '', videoCaptions, statsSubject } = frame.dataset
  if (statsSubject) countService('video-played', statsSubject)
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
