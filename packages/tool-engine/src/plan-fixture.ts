/** A small plan for the engine's tests; each test breaks one thing on a fresh copy. */
import type { PlanDefinition } from '@vsp/content-models'

export function smallPlan(): PlanDefinition {
  return {
    kind: 'plan',
    sections: [
      { key: 'wie', title: 'Wie doet mee', intro: 'Vraag eerst het slachtoffer.', writeIn: 4 },
      { key: 'taken', title: 'Wie doet wat' },
      { key: 'regie', title: 'Het slachtoffer beslist', items: [{ text: 'Bespreek dit plan eerst met het slachtoffer.' }] },
      { key: 'contact', title: 'Contact', items: [{ text: 'Bel bij vragen Slachtofferhulp Nederland.' }] },
    ],
    steps: [
      {
        kind: 'multiple',
        key: 'taken',
        text: 'Waar is hulp bij nodig?',
        options: [
          { key: 'boodschappen', label: 'Boodschappen', items: [{ section: 'taken', text: 'Iemand doet de boodschappen.' }] },
          {
            key: 'vervoer',
            label: 'Vervoer',
            items: [
              { section: 'taken', text: 'Iemand rijdt naar afspraken.' },
              { section: 'wie', text: 'Vraag iemand met een auto.' },
            ],
          },
          {
            key: 'weet-niet',
            label: 'Weet ik nog niet',
            exclusive: true,
            items: [{ section: 'regie', text: 'Vraag het slachtoffer wat het zwaarst is.' }],
          },
        ],
      },
      {
        kind: 'single',
        key: 'vaak',
        text: 'Hoe vaak neemt iemand contact op?',
        options: [
          { key: 'dagelijks', label: 'Elke dag', items: [{ section: 'taken', text: 'Elke dag belt één persoon.' }] },
          {
            key: 'wekelijks',
            label: 'Elke week',
            items: [
              { section: 'taken', text: 'Elke week komt iemand langs.' },
              { section: 'regie', text: 'Bespreek dit plan eerst met het slachtoffer.' },
            ],
          },
        ],
      },
    ],
    organisations: [{ organisation: 'slachtofferhulp-nederland', why: 'Voor advies aan helpers.' }],
  }
}
