import type { SeedStappenplan } from '../types'
import { incidentInDeSport } from './stappenplan-sport'
import { nazorgBijSuicideOpSchool } from './stappenplan-suicide-school'
import { incidentOpDeWerkvloer } from './stappenplan-werkvloer'

/** Stappenplannen of the professionals site: per situation, what to do preventively, acutely and after. */
export const stappenplannen: SeedStappenplan[] = [nazorgBijSuicideOpSchool, incidentInDeSport, incidentOpDeWerkvloer]
