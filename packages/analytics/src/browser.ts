/**
 * What the sites' pages need, small enough for the shared script: whether the visitor may be
 * counted at all, and the channel of the visit kept for the tab in sessionStorage (the channel
 * only, nothing that identifies anyone).
 */
import type { Channel } from '@vsp/content-models'
import { channelOf } from './channel'

export const CHANNEL_KEY = 'vsp:kanaal'

/** Do Not Track or Global Privacy Control: then nothing is sent, not even a page view. */
export function mayCount(nav: { doNotTrack?: string | null; globalPrivacyControl?: boolean }): boolean {
  return !(nav.globalPrivacyControl || nav.doNotTrack === '1' || nav.doNotTrack === 'yes')
}

/** The entry page's channel for this tab: worked out on the first page, read on the others. */
export function visitChannel(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, entry: Parameters<typeof channelOf>[0]): Channel {
  let channel: string | null = null
  try {
    channel = storage?.getItem(CHANNEL_KEY) ?? null
  } catch {}
  if (channel) return channel as Channel
  const found = channelOf(entry)
  try {
    storage?.setItem(CHANNEL_KEY, found)
  } catch {}
  return found
}

/** Quick exit: the channel goes with the page. */
export function forgetChannel(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    storage?.removeItem(CHANNEL_KEY)
  } catch {}
}
