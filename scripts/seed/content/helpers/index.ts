/** Seed content of the helpers site ("Voor de Helpers"). */
export { checklists } from './checklists'
export { helperCourse } from './course'
export { helperThemes } from './themes'
export { helperTips } from './tips'
export { videos } from './videos'
