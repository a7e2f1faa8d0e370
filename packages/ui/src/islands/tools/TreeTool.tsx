import type { ToolIslandProps } from '../../content/tool-props'
import { ToolRunner } from './ToolRunner'
import { TreeResultView } from './TreeResultView'

/** Island for referral trees (doorverwijstool): an outcome with organisations as the result. */
export default function TreeTool(props: ToolIslandProps) {
  return (
    <ToolRunner
      {...props}
      renderResult={(result, headingRef) =>
        result.kind === 'decision-tree' ? (
          <TreeResultView outcome={result.outcome} organisations={props.organisations} checklists={props.checklists} headingRef={headingRef} />
        ) : null
      }
    />
  )
}
