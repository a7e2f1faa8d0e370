import type { SeedTheme } from '../types'
import { overigeThemes } from './themes-overig'
import { praktischThemesA } from './themes-praktisch-a'
import { praktischThemesB } from './themes-praktisch-b'
import { sectorThemes } from './themes-sector'
import { situatieThemes } from './themes-situatie'

/** All theme pages of the professionals site, in menu order per section. */
export const professionalThemes: SeedTheme[] = [
  ...situatieThemes,
  ...sectorThemes,
  ...praktischThemesA,
  ...praktischThemesB,
  ...overigeThemes,
]
