/**
 * The admin in Dutch, for this organisation. Payload's Dutch has "Nieuw(e) {{label}} aanmaken"
 * and "Voeg {{label}} toe"; one sentence has to fit every collection, and Dutch adjectives
 * agree with the noun (nieuw stappenplan, nieuwe checklist), so the overrides use forms that
 * need no agreement ("Stappenplan toevoegen"). The heading of a new document does agree: each
 * collection's edit view gives its own (admin/collection-nouns.ts); "Nieuw: {{label}}" is only
 * the fallback for a collection without a noun there.
 */
import type { nl } from '@payloadcms/translations/languages/nl'

/** `1 december 2026, 06:28` (date-fns, in the admin's language: Dutch month names). */
export const ADMIN_DATE_FORMAT = 'd MMMM yyyy, HH:mm'

export const nlOverrides = {
  general: {
    addNew: 'Nieuw',
    createNewLabel: '{{label}} toevoegen',
    creatingNewLabel: 'Nieuw: {{label}}',
    editingLabel_many: '{{count}} {{label}} bewerken',
    editingLabel_one: '{{count}} {{label}} bewerken',
    editingLabel_other: '{{count}} {{label}} bewerken',
  },
  fields: {
    addLabel: '{{label}} toevoegen',
    addNew: 'Nieuw',
    addNewLabel: '{{label}} toevoegen',
    newLabel: 'Nieuw: {{label}}',
    selectExistingLabel: 'Kies uit bestaande: {{label}}',
    uploadNewLabel: 'Nieuw bestand uploaden: {{label}}',
    linkedTo: 'Gekoppeld aan <0>{{label}}</0>',
  },
} satisfies Partial<Record<keyof typeof nl.translations, Record<string, string>>>
