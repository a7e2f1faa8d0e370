/** The seeded advice tools: four for helpers, two for professionals. */
import type { SeedTool } from '../types'
import { doorverwijstoolHelpers } from './doorverwijstool-helpers'
import { doorverwijstoolProfessionals } from './doorverwijstool-professionals'
import { quickscanGrensoverschrijdendGedrag } from './quickscan-grensoverschrijdend-gedrag'
import { startEenSteungroep } from './start-een-steungroep'
import { testOordeelloosLuisteren } from './test-oordeelloos-luisteren'
import { zelfscanTijdsbesteding } from './zelfscan-tijdsbesteding'

export const tools: SeedTool[] = [
  zelfscanTijdsbesteding,
  testOordeelloosLuisteren,
  doorverwijstoolHelpers,
  startEenSteungroep,
  quickscanGrensoverschrijdendGedrag,
  doorverwijstoolProfessionals,
]
