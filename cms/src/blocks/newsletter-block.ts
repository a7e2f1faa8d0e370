import type { Block } from 'payload'
import { requiredMessage } from '../fields/required'

/**
 * The newsletter sign-up form: a heading and a line of text; the form itself (address, consent,
 * button) is the same everywhere and posts to `POST /api/newsletter/subscribe`. The newsletter
 * is the one of the site the page is built for. Used on landing pages and under theme pages.
 */
export const newsletterBlock: Block = {
  slug: 'newsletter',
  labels: { singular: 'Nieuwsbriefformulier', plural: 'Nieuwsbriefformulieren' },
  fields: [
    {
      name: 'heading',
      label: 'Kop',
      type: 'text',
      required: true,
      validate: requiredMessage('Geef het nieuwsbriefformulier een kop (veld "Kop").'),
    },
    {
      name: 'text',
      label: 'Tekst',
      type: 'textarea',
      admin: { description: 'Wat iemand ontvangt en hoe vaak. De toestemmingstekst en de knop staan er altijd bij.' },
    },
  ],
}
