declare module '#content-source' {
  /** Raw content; validated by loadContent. Which module this is, astro.config decides. */
  export function readContent(): Promise<unknown>
}
