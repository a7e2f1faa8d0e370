/** One checklist per delict ("Check wat u kunt doen"), the main entry of the helpers site. */
import type { SeedChecklist } from '../types'
import { checklistsAlgemeen } from './checklists-algemeen'
import { checklistsBezit } from './checklists-bezit'
import { checklistsGeweld } from './checklists-geweld'

export const checklists: SeedChecklist[] = [...checklistsBezit, ...checklistsGeweld, ...checklistsAlgemeen]
