import { useEffect, useState } from 'react'
import { ClearDataButton } from './ClearDataButton'
import { lessonsDone } from './island-text'
import { readSet } from './local-store'

interface Props {
  storageKey: string
  lessons: { key: string; title: string; href: string }[]
}

/** The module's lessons with a done marker for each lesson finished in this browser. */
export default function ModuleProgress({ storageKey, lessons }: Props) {
  const [done, setDone] = useState<Set<string>>(() => new Set())
  useEffect(() => setDone(readSet(storageKey)), [storageKey])
  const count = lessons.filter((l) => done.has(l.key)).length

  return (
    <div data-module-progress>
      <p className="muted">{lessonsDone(count, lessons.length)}</p>
      <ol className="progress-list">
        {lessons.map((lesson, i) => (
          <li key={lesson.key}>
            <a href={lesson.href}>
              Les {i + 1}: {lesson.title}
            </a>
            {done.has(lesson.key) ? <span className="done-mark"> ✓ afgerond</span> : null}
          </li>
        ))}
      </ol>
      <ClearDataButton onCleared={() => setDone(new Set())} />
    </div>
  )
}
