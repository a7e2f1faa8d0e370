/** All theme pages of the helpers site, in pillar order; each section file keeps its own `order`. */
import type { SeedTheme } from '../types'
import { themesAnderenEnBegeleiding } from './themes-anderen-en-begeleiding'
import { themesHerstelEnAangifte } from './themes-herstel-en-aangifte'
import { themesRechtenEnGevoelens } from './themes-rechten-en-gevoelens'
import { themesZelfzorg } from './themes-zelfzorg'

export const helperThemes: SeedTheme[] = [
  ...themesHerstelEnAangifte,
  ...themesRechtenEnGevoelens,
  ...themesZelfzorg,
  ...themesAnderenEnBegeleiding,
]
