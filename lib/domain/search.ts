/**
 * Name search that forgives accents and case: "Tombouctou" finds Timbuktu through its
 * alias, "Menaka" finds Ménaka and "ménaka" finds an alias written without accents.
 */

/** Lower case, accents removed, apostrophes and dashes unified, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the query appears in the name or one of the aliases (empty query: always). */
export function matchesNameOrAlias(query: string, name: string, aliases: readonly string[]): boolean {
  const q = foldForSearch(query);
  if (!q) return true;
  return [name, ...aliases].some((candidate) => foldForSearch(candidate).includes(q));
}

/** A URL-safe identifier derived from a name: "Mopti-Sévaré" becomes "mopti-sevare". */
export function slugify(name: string): string {
  return (
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'site'
  );
}
