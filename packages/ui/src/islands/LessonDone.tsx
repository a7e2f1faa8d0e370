import { useEffect, useState } from 'react'
import { ClearDataButton } from './ClearDataButton'
import { LESSON_DONE_LABEL } from './island-text'
import { readSet, writeSet } from './local-store'
import { signalService } from './service-signal'

interface Props {
  storageKey: string
  lessonKey: string
  /** the module's slug and all its lessons: the tick that completes them is "cursusmodule afgerond" */
  moduleSlug: string
  lessonKeys: string[]
}

/** "Ik heb deze les afgerond": a lesson's done marker, kept in this browser only. */
export default function LessonDone({ storageKey, lessonKey, moduleSlug, lessonKeys }: Props) {
  const [done, setDone] = useState(false)
  useEffect(() => setDone(readSet(storageKey).has(lessonKey)), [storageKey, lessonKey])

  const toggle = (checked: boolean) => {
    const set = readSet(storageKey)
    if (checked) set.add(lessonKey)
    else set.delete(lessonKey)
    writeSet(storageKey, set)
    setDone(checked)
    if (checked && lessonKeys.every((key) => set.has(key))) signalService('course-module-finished', moduleSlug)
  }

  return (
    <div className="lesson-done" data-lesson-done>
      <p className="checklist-item">
        <input type="checkbox" id="les-afgerond" checked={done} onChange={(e) => toggle(e.currentTarget.checked)} />
        <label htmlFor="les-afgerond">{LESSON_DONE_LABEL}</label>
      </p>
      <ClearDataButton onCleared={() => setDone(false)} />
    </div>
  )
}
