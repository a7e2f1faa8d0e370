/**
 * The served folder as generations: `dist` is a symlink to `dist-gens/<n>`, and a publish makes
 * the next generation by path copying. Only the folders on the way to a changed file are new;
 * in them every other entry is a symlink to the folder it was (or a hard link to the file), so a
 * publish at 10,000 pages creates a few thousand entries instead of linking 50,000 files. The
 * swap is one rename of a symlink; the site server sees the generation's inode change. Older
 * generations stay while newer ones link into them, until the next full build (rebuildSite)
 * replaces `dist` and removes `dist-gens`.
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs'
import { link, mkdir, readdir, readlink, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const generationsDir = (dir: string) => `${dir}-gens`

/** Makes `dir` a symlink to a generation (once after a full build: the real folder becomes generation 0). */
export async function asGenerations(dir: string): Promise<void> {
  if (lstatSync(dir).isSymbolicLink()) return
  const gens = generationsDir(dir)
  await mkdir(gens, { recursive: true })
  const first = path.join(gens, `g${Date.now()}`)
  // Between these two renames `dir` is missing for a moment; it happens once per full build, at worker start.
  await rename(dir, first)
  await symlink(first, `${dir}.link`)
  await rename(`${dir}.link`, dir)
}

/** The next generation, written by path copying from the served one. */
export class NextGeneration {
  readonly root: string
  private readonly base: string
  /** folders made real in this generation; a promise, so that writes running at once make each folder once */
  private readonly made = new Map<string, Promise<void>>()

  constructor(readonly dir: string) {
    this.base = realpathSync(dir)
    this.root = path.join(generationsDir(dir), `g${Date.now()}`)
  }

  /** Makes the folder `rel` (relative to the site) a real folder of this generation, its entries linked to the served ones. */
  private materialize(rel: string): Promise<void> {
    let making = this.made.get(rel)
    if (!making) this.made.set(rel, (making = this.makeReal(rel)))
    return making
  }

  private async makeReal(rel: string): Promise<void> {
    if (rel !== '') await this.materialize(path.dirname(rel) === '.' ? '' : path.dirname(rel))
    const target = path.join(this.root, rel)
    const inBase = path.join(this.base, rel)
    const source = rel === '' || !existsSync(inBase) ? inBase : realpathSync(inBase)
    if (rel !== '') await unlink(target).catch(() => undefined)
    await mkdir(target, { recursive: true })
    if (existsSync(source)) {
      const entries = await readdir(source, { withFileTypes: true })
      // What an entry is comes from readdir, with no stat per entry (a folder of 2,500 checklists
      // is linked on every publish that touches one): a symlink is always one this class made,
      // to a real folder of an older generation; a file is hard-linked.
      await Promise.all(
        entries.map(async (entry) => {
          const from = path.join(source, entry.name)
          const to = path.join(target, entry.name)
          if (entry.isSymbolicLink()) await symlink(await readlink(from), to)
          else if (entry.isDirectory()) await symlink(from, to)
          else await link(from, to)
        }),
      )
    }
  }

  private async folderOf(file: string): Promise<string> {
    const rel = path.dirname(path.relative(this.root, file))
    await this.materialize(rel === '.' ? '' : rel)
    return file
  }

  /** Writes a file of the next generation (path relative to its root or absolute inside it). */
  async write(file: string, content: string | Uint8Array): Promise<void> {
    const target = await this.folderOf(path.resolve(this.root, file))
    await unlink(target).catch(() => undefined)
    await writeFile(target, content)
  }

  async remove(file: string): Promise<void> {
    const target = path.resolve(this.root, file)
    if (!existsSync(path.join(this.base, path.relative(this.root, target))) && !existsSync(target)) return
    await this.folderOf(target)
    await unlink(target).catch(() => undefined)
  }

  /** Puts this generation live: one rename of a symlink. */
  async swapIn(): Promise<void> {
    await this.materialize('')
    await unlink(`${this.dir}.link`).catch(() => undefined)
    await symlink(this.root, `${this.dir}.link`)
    await rename(`${this.dir}.link`, this.dir)
  }

  /** Drops an unfinished generation (a failed publish). */
  async discard(): Promise<void> {
    await rm(this.root, { recursive: true, force: true })
  }
}

/** Every file under a folder, following symlinked folders (a generation links to older ones), relative to it. */
export async function walkFiles(dir: string, rel = ''): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path.join(dir, child))).isDirectory())
    if (isDir) files.push(...(await walkFiles(dir, child)))
    else files.push(child)
  }
  return files
}
