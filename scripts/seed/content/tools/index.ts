/** The seeded advice tools: three for helpers, two for professionals. */
import type { SeedTool } from '../types'
import { doorverwijstoolHelpers } from './doorverwijstool-helpers'
import { doorverwijstoolProfessionals } from './doorverwijstool-professionals'
import { quickscanGrensoverschrijdendGedrag } from './quickscan-grensoverschrijdend-gedrag'
import { testOordeelloosLuisteren } from './test-oordeelloos-luisteren'
import { zelfscanTijdsbesteding } from './zelfscan-tijdsbesteding'

export const tools: SeedTool[] = [
  zelfscanTijdsbesteding,
  testOordeelloosLuisteren,
  doorverwijstoolHelpers,
  quickscanGrensoverschrijdendGedrag,
  doorverwijstoolProfessionals,
]
