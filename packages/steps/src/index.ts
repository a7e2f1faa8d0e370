/** Running the product's steps: commands that must prove their work, services, the admin build. */
export { repoRoot, runStep, startService, waitForHttp } from './steps'
export { ensureAdminBuild, newestMtime } from './admin-build'
export { snapshotBuildEnv } from './build-env'
export { startMaildev, type Maildev } from './maildev'
export { backupInstance, integrity, restoreInstance, tableRows } from './backup'
