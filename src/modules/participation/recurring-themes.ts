// SPDX-License-Identifier: EUPL-1.2
/**
 * Recurring themes in residents' reactions: the words (and two-word phrases) that come back most,
 * after Dutch stop words are removed. Pure and deterministic; the overview shows the counts, so an
 * official can read the reactions behind a theme.
 */

/**
 * Dutch stop words: articles, pronouns, prepositions, conjunctions, auxiliary and very common verbs
 * and adverbs. Our own list, built from the most frequent Dutch function words; words that carry
 * meaning in this domain (veiligheid, school, verkeer) are deliberately not in it.
 */
export const dutchStopWords: ReadonlySet<string> = new Set(
  `aan al alle alleen als altijd andere ben bij binnen daar daarom dan dat de deze die dit doch doen door dus
  een eens en er ergens erg even geen gehad geweest gewoon graag had heb hebben heeft hem het hier hij hoe hun
  iemand iets ik in is ja je jij jou jullie kan kon kunnen maar me meer men met mij mijn moet moeten na naar
  nee niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor
  want waren was wat we wel welke werd wie wij wil willen worden wordt zal ze zei zelf zich zij zijn zo zoals
  zou zouden zullen hoeveel waarom wanneer waar komen komt gaan gaat kunt mogen mag daarbij daarvan hierover
  heel zeer wordt ben bent zit zitten staat staan via per weer wel wie hoe zoals sinds tijdens tussen onder
  boven achter naast zonder beetje echt mensen locatie opvang`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

export type Theme = { term: string; count: number };

/** The words of a text in lower case, without stop words, numbers and one- or two-letter words. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? [])
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word.length > 2 && !dutchStopWords.has(word));
}

/**
 * The `limit` most frequent terms over the texts, counted once per text (ten mentions in one
 * reaction are one voice). Ties go alphabetically, so the answer is stable.
 */
export function recurringThemes(texts: string[], limit = 10): Theme[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = contentWords(text);
    const terms = new Set(words);
    for (let i = 0; i + 1 < words.length; i++) {
      terms.add(`${words[i]} ${words[i + 1]}`);
    }
    for (const term of terms) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([term, count]) => ({ term, count }));
}
