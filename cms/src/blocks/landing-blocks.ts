import type { Block } from 'payload'
import { relationship } from 'payload/shared'
import { RELATED_COLLECTIONS } from '@vsp/content-models'
import { requiredMessage } from '../fields/required'
import { safeLink } from '../fields/web-address'
import { newsletterBlock } from './newsletter-block'

/**
 * The blocks a marketer composes a landing page from (content-models `landingBlock`). Dutch
 * labels; every required field refuses an empty value with a message that names it.
 */
const hero: Block = {
  slug: 'hero',
  labels: { singular: 'Opening', plural: 'Openingen' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', required: true, validate: requiredMessage('Geef de opening een kop (veld "Kop").') },
    { name: 'text', label: 'Tekst', type: 'textarea' },
    {
      name: 'image',
      label: 'Afbeelding',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Ook de basis van de deelafbeelding (Open Graph, 1200 × 630), die bij het bouwen van de site wordt gemaakt.' },
    },
  ],
}

const text: Block = {
  slug: 'text',
  labels: { singular: 'Tekst', plural: 'Teksten' },
  fields: [
    { name: 'body', label: 'Tekst', type: 'richText', required: true, validate: requiredMessage('Vul de tekst in (veld "Tekst").') },
  ],
}

const video: Block = {
  slug: 'video',
  labels: { singular: 'Videoblok', plural: 'Videoblokken' },
  fields: [
    {
      name: 'video',
      label: 'Welke video',
      type: 'relationship',
      relationTo: 'videos',
      required: true,
      validate: requiredMessage('Kies een video (veld "Video").', relationship),
      admin: {
        description:
          'De video wordt pas geladen als de bezoeker op afspelen drukt; de uitgeschreven tekst staat op de pagina van de video.',
      },
    },
  ],
}

const testimonial: Block = {
  slug: 'testimonial',
  labels: { singular: 'Ervaringsverhaal', plural: 'Ervaringsverhalen' },
  fields: [
    { name: 'quote', label: 'Citaat', type: 'textarea', required: true, validate: requiredMessage('Vul het citaat in (veld "Citaat").') },
    {
      name: 'who',
      label: 'Wie',
      type: 'text',
      required: true,
      validate: requiredMessage('Vul in wie dit zegt, bijvoorbeeld "Annet, vriendin" (veld "Wie").'),
      admin: { description: 'Alleen met toestemming; een voornaam en de rol is genoeg.' },
    },
    { name: 'image', label: 'Afbeelding', type: 'upload', relationTo: 'media' },
  ],
}

const cta: Block = {
  slug: 'cta',
  labels: { singular: 'Knop', plural: 'Knoppen' },
  fields: [
    { name: 'text', label: 'Tekst boven de knop', type: 'textarea' },
    {
      name: 'label',
      label: 'Tekst op de knop',
      type: 'text',
      required: true,
      validate: requiredMessage('Vul de tekst op de knop in (veld "Tekst op de knop").'),
    },
    {
      name: 'href',
      label: 'Link',
      type: 'text',
      required: true,
      validate: safeLink('Link'),
      admin: { description: 'Een pagina van de site (/checklists/) of een adres dat begint met https://, mailto: of tel:.' },
    },
  ],
}

const toolTeaser: Block = {
  slug: 'toolTeaser',
  labels: { singular: 'Tool onder de aandacht', plural: 'Tools onder de aandacht' },
  fields: [
    {
      name: 'tool',
      label: 'Tool',
      type: 'relationship',
      relationTo: 'tools',
      required: true,
      validate: requiredMessage('Kies een tool (veld "Tool").', relationship),
    },
    { name: 'heading', label: 'Kop', type: 'text', admin: { description: 'Leeg: de titel van de tool.' } },
    { name: 'text', label: 'Tekst', type: 'textarea', admin: { description: 'Leeg: de samenvatting van de tool.' } },
  ],
}

const related: Block = {
  slug: 'related',
  labels: { singular: 'Lees verder', plural: 'Lees verder' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', admin: { description: 'Leeg: "Lees verder".' } },
    {
      name: 'items',
      label: "Pagina's",
      type: 'relationship',
      relationTo: [...RELATED_COLLECTIONS],
      hasMany: true,
      required: true,
      validate: requiredMessage('Kies minstens één pagina om naar te verwijzen (veld "Pagina\'s").', relationship),
      admin: { description: "Pagina's van een andere site of die niet gepubliceerd zijn, worden op de site weggelaten." },
    },
  ],
}

export const landingBlocks: Block[] = [hero, text, video, testimonial, cta, newsletterBlock, toolTeaser, related]
