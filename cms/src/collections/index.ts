import { Checklists } from './Checklists'
import { CourseModules } from './CourseModules'
import { Courses } from './Courses'
import { HelperTips } from './HelperTips'
import { LandingPages } from './LandingPages'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Stappenplannen } from './Stappenplannen'
import { Themes } from './Themes'
import { Tools } from './Tools'
import { Users } from './Users'
import { ServiceEvents } from './ServiceEvents'
import { Videos } from './Videos'

export const collections = [
  Checklists,
  Themes,
  Stappenplannen,
  Videos,
  Courses,
  CourseModules,
  Organisations,
  Tools,
  LandingPages,
  HelperTips,
  Media,
  Users,
  ServiceEvents,
]
