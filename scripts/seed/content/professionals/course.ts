import type { SeedCourse } from '../types'
import { basisLessons } from './course-basis-lessons'
import { strafprocesLessons } from './course-strafproces-lessons'

/** The online training for professionals: a basic module and an in-depth module on criminal proceedings. */
export const professionalCourse: SeedCourse = {
  title: 'Online training voor professionals',
  slug: 'online-training-voor-professionals',
  site: 'professionals',
  summary:
    'Leer in eigen tempo slachtofferschap herkennen, het gesprek voeren, goed doorverwijzen en uw cliënt bijstaan in het strafproces.',
  level: 'basis',
  intro: `Deze online training is voor professionals die beroepsmatig met slachtoffers te maken krijgen: in het onderwijs, de \
zorg, de hulpverlening, het sociaal domein, HR en de sport. U volgt de modules in eigen tempo en uw voortgang blijft \
bewaard in uw browser.

- **Basismodule slachtofferbewust werken** (ongeveer 60 minuten): wat slachtofferschap met iemand doet, signaleren, het gesprek, victim blaming en doorverwijzen.
- **Verdiepende module strafproces** (ongeveer 45 minuten): van aangifte tot na de uitspraak, spreekrecht en schadevergoeding.

Wilt u de training met uw team volgen, aangevuld met een bijeenkomst? Vraag dan naar een training op maat.`,
  modules: [
    {
      title: 'Basismodule slachtofferbewust werken',
      slug: 'basismodule-slachtofferbewust-werken',
      site: 'professionals',
      summary:
        'Wat slachtofferschap met iemand doet, signalen herkennen, het gesprek beginnen, victim blaming voorkomen en warm doorverwijzen.',
      order: 1,
      level: 'basis',
      durationMinutes: 60,
      lessons: basisLessons,
    },
    {
      title: 'Verdiepende module strafproces',
      slug: 'verdiepende-module-strafproces',
      site: 'professionals',
      summary:
        'Het strafproces door de ogen van het slachtoffer: aangifte, vervolging, zitting, spreekrecht, schadevergoeding en de tijd na de uitspraak.',
      order: 2,
      level: 'verdiepend',
      durationMinutes: 45,
      lessons: strafprocesLessons,
    },
  ],
}
