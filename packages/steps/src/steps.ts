import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder (this file is packages/steps/src/steps.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Runs a step to completion and proves it did its work: Payload scripts on Node 20 can exit 0
 * having done nothing (README.md, "Known pitfalls"), so a step names the line its output must contain.
 */
export function runStep(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; mustPrint?: RegExp; attempts?: number } = {},
): string {
  const attempts = options.attempts ?? 2
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = spawnSync(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    process.stdout.write(result.stdout ?? '')
    process.stderr.write(result.stderr ?? '')
    if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`)
    if (!options.mustPrint || options.mustPrint.test(output)) return output
    console.warn(`! ${label} exited without doing its work (attempt ${attempt}/${attempts}); retrying`)
  }
  throw new Error(`${label} exited 0 without output matching ${options.mustPrint}: a silent exit`)
}

/** Starts a long-running service whose output is prefixed with its name. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = (chunk: Buffer) =>
    `${chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join('\n')}\n`
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  return child
}

/** Waits until an HTTP URL answers (any status below 500). */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
      lastError = new Error(`HTTP ${response.status}`)
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s: ${lastError}`)
}
