import { useEffect, useRef, useState } from 'react'
import { ClearDataButton } from './ClearDataButton'
import { checkedCount } from './island-text'
import { PhoneText } from './PhoneText'
import { readSet, writeSet } from './local-store'
import { signalService } from './service-signal'

export interface ChecklistGroupProps {
  title: string
  href?: string
  items: { key: string; text: string; detail?: string }[]
}

interface Props {
  storageKey: string
  groups: ChecklistGroupProps[]
  /** the checklist's slug: the first tick on a page counts as "checklist gebruikt" */
  subject: string
}

/** The checklist's items as real checkboxes with labels; ticks are remembered in this browser. */
export default function ChecklistTicker({ storageKey, groups, subject }: Props) {
  const [done, setDone] = useState<Set<string>>(() => new Set())
  const used = useRef(false)
  useEffect(() => setDone(readSet(storageKey)), [storageKey])

  const toggle = (key: string, checked: boolean) => {
    const next = new Set(done)
    if (checked) next.add(key)
    else next.delete(key)
    setDone(next)
    writeSet(storageKey, next)
    if (checked && !used.current) {
      used.current = true
      signalService('checklist-used', subject)
    }
  }
  const total = groups.reduce((n, g) => n + g.items.length, 0)

  return (
    <div className="checklist" data-checklist>
      <p className="muted" aria-live="polite">
        {checkedCount(done.size, total)}
      </p>
      {groups.map((group, g) => (
        <section className="checklist-group" key={group.title + g} aria-labelledby={`groep-${g}`}>
          <h2 id={`groep-${g}`}>{group.href ? <a href={group.href}>{group.title}</a> : group.title}</h2>
          <ul>
            {group.items.map((item) => {
              const id = `punt-${item.key}`
              return (
                <li className="checklist-item" key={item.key}>
                  <input type="checkbox" id={id} checked={done.has(item.key)} onChange={(e) => toggle(item.key, e.currentTarget.checked)} />
                  <label htmlFor={id}>
                    <PhoneText text={item.text} />
                    {item.detail ? (
                      <span className="checklist-item__detail">
                        <PhoneText text={item.detail} />
                      </span>
                    ) : null}
                  </label>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      <ClearDataButton onCleared={() => setDone(new Set())} />
    </div>
  )
}
