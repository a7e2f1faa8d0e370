// The thread of writeFilesInWorker (write-files.ts): writes the files of workerData, then ends.
// Node strips write-files.ts' types itself (it is outside node_modules).
import { workerData } from 'node:worker_threads'
import { writeFilesHere } from './write-files.ts'

writeFilesHere(workerData)
