import { expect, it } from 'vitest'
import * as api from './index'

it('exports the renderer and its build, nothing else', () => {
  expect(Object.keys(api).sort()).toEqual(['InvalidSnapshotError', 'ensureRendererBuild', 'loadRenderer', 'rendererDir'])
})
