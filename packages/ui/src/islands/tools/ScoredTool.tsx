import type { ToolIslandProps } from '../../content/tool-props'
import { ScoredResultView } from './ScoredResultView'
import { ToolRunner } from './ToolRunner'

/** Island for questionnaires (zelfscan, luistertest, quickscan): scores per theme as the result. */
export default function ScoredTool(props: ToolIslandProps) {
  return (
    <ToolRunner
      {...props}
      renderResult={(result, headingRef) =>
        result.kind === 'scored' ? <ScoredResultView title={props.title} result={result.result} headingRef={headingRef} /> : null
      }
    />
  )
}
