import type { Field, GlobalConfig } from 'payload'
import { anyone, editors } from '../access/content-access'
import { rebuildAfterSettingsChange } from '../rebuild'
import { webAddress } from '../fields/web-address'

const links = (name: string, label: string): Field => ({
  name,
  label,
  labels: { singular: 'Link', plural: 'Links' },
  type: 'array',
  fields: [
    { name: 'label', label: 'Tekst', type: 'text', required: true },
    { name: 'href', label: 'Link', type: 'text', required: true, validate: webAddress('Link') },
  ],
})

const siteChrome = (name: string, label: string): Field => ({
  name,
  label,
  type: 'group',
  fields: [links('navigation', 'Hoofdmenu'), links('footer', 'Voettekst')],
})

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site-instellingen',
  admin: { group: 'Beheer' },
  access: { read: anyone, update: editors },
  hooks: { afterChange: [rebuildAfterSettingsChange] },
  fields: [
    siteChrome('helpers', 'Site voor helpers'),
    siteChrome('professionals', 'Site voor professionals'),
    {
      name: 'serviceLine',
      label: 'Centrale hulplijn',
      type: 'group',
      fields: [
        { name: 'phone', label: 'Telefoon', type: 'text', required: true },
        { name: 'chatUrl', label: 'Chat-adres', type: 'text', required: true, validate: webAddress('Chat-adres') },
        { name: 'hours', label: 'Bereikbaar', type: 'text', required: true },
      ],
    },
    {
      name: 'advieslijn',
      label: 'Advieslijn voor professionals',
      type: 'group',
      fields: [
        { name: 'phone', label: 'Telefoon', type: 'text', required: true },
        { name: 'email', label: 'E-mail', type: 'text' },
        { name: 'hours', label: 'Bereikbaar', type: 'text', required: true },
      ],
    },
    {
      name: 'quickExitUrl',
      label: 'Snel weg: neutrale site',
      type: 'text',
      required: true,
      defaultValue: 'https://www.weeronline.nl/',
    },
    {
      name: 'searchSynonyms',
      label: 'Synoniemen voor zoeken',
      labels: { singular: 'Synoniem', plural: 'Synoniemen' },
      type: 'array',
      admin: { description: 'Woorden die bezoekers gebruiken, en de woorden die op de site staan.' },
      fields: [
        { name: 'term', label: 'Zoekwoord', type: 'text', required: true },
        { name: 'synonyms', label: 'Zoekt ook op (komma-gescheiden)', type: 'text', required: true },
      ],
    },
  ],
}
