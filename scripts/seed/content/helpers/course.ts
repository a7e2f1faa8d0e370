/** The free online course for helpers: one basic and two in-depth modules (whitepaper 4.1). */
import type { SeedCourse } from '../types'
import { moduleIn8Stappen } from './course-in-8-stappen'
import { moduleCommuniceren, moduleErZijn } from './course-verdieping'

export const helperCourse: SeedCourse = {
  title: 'Online cursus voor helpers',
  slug: 'online-cursus-voor-helpers',
  site: 'helpers',
  summary: 'Een gratis online cursus voor naasten van slachtoffers: leer helpen op een manier die prettig is voor de ander én voor uzelf.',
  level: 'basis',
  intro: `Helpt u iemand die slachtoffer is geworden van een misdrijf, ongeval of andere ingrijpende gebeurtenis? In deze gratis \
online cursus leert u hoe u er voor de ander kunt zijn op een manier die ook voor uzelf goed voelt. De cursus is gemaakt \
in samenwerking met de Slachtofferhulp Academie.

Begin met de basismodule **In 8 stappen beter helpen** (45 minuten). Daarna kunt u verder met de verdiepende modules \
**Communiceren met een slachtoffer** (45 minuten) en **Helpen door er gewoon te zijn** (30 minuten). Elke les eindigt \
met een reflectievraag voor uzelf.`,
  modules: [moduleIn8Stappen, moduleCommuniceren, moduleErZijn],
}
