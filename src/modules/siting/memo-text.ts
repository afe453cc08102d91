// SPDX-License-Identifier: EUPL-1.2
/** The words of the decision memo, in plain Dutch (B1) first and English. */
export type MemoLang = 'nl' | 'en';

export const memoText = {
  nl: {
    title: 'Besluitnotitie locatiekeuze',
    province: 'Provincie',
    municipality: 'Gemeente',
    scenarioDate: 'Scenariodatum',
    made: 'Gemaakt op',
    print: 'Deze pagina is gemaakt om te printen of als pdf te bewaren.',
    criteriaHeading: '1. De criteria en hun gewicht',
    criteriaIntro:
      'De criteria volgen het advies van de Provinciale Commissie Leefomgeving (8 maart 2016): kleine locaties (tot 500 personen) ' +
      'in bewoond gebied, voorzieningen dichtbij, aandacht voor omwonenden, en kosten als één criterium naast andere, nooit als enige. ' +
      'De gewichten zijn gekozen door wie dit scenario maakte. Ze tellen op tot 100%.',
    criterion: 'Criterium',
    direction: 'Richting',
    benefit: 'hoger is beter',
    cost: 'lager is beter',
    weight: 'Gewicht',
    share: 'Aandeel',
    why: 'Waarom (uit het advies)',
    dataSource: 'Gegevensbron',
    candidatesHeading: '2. De kandidaten en hun gegevens',
    value: 'Waarde',
    origin: 'Waar komt dit vandaan?',
    capacity: 'capaciteit',
    places: 'plaatsen',
    missingValue: 'ontbreekt',
    resultHeading: '3. De uitkomst',
    resultIntro:
      'Twee methoden naast elkaar. Gewogen som: per criterium krijgt de beste kandidaat 1 en de slechtste 0 (min-max), ' +
      'daarna telt het gewicht. TOPSIS: hoe dicht ligt een kandidaat bij de ideale kandidaat en hoe ver van de slechtste ' +
      '(score 0 tot 1). Een score is geen oordeel over een plek, maar een samenvatting van de gegevens en de gewichten hierboven.',
    candidate: 'Kandidaat',
    weightedSum: 'Gewogen som',
    topsis: 'TOPSIS',
    score: 'score',
    rank: 'plaats',
    breakdownHeading: 'Wat elk criterium bijdraagt (gewogen som)',
    breakdownTopsisHeading: 'Wat elk criterium bijdraagt (TOPSIS, naar afstand tot de slechtste kandidaat)',
    notRanked: 'Er is nog geen rangorde, omdat gegevens ontbreken:',
    sensitivityHeading: '4. Hoe gevoelig is de uitkomst voor de gewichten?',
    sensitivityIntro: (draws: number, low: number, high: number, seed: number) =>
      `We hebben de weging ${draws} keer over gedaan. Elke keer is elk gewicht vermenigvuldigd met een toevallig getal tussen ` +
      `${low} en ${high}; daarna tellen de gewichten weer op tot 100%. De toevalsgetallen komen uit startgetal (seed) ${seed}, ` +
      'zodat iedereen deze uitkomst precies kan herhalen.',
    first: 'keer eerste',
    topThree: 'keer bij de eerste drie',
    costHeading: '5. Kosten ter vergelijking',
    costIntro: 'Gemiddelde kosten van het COA per bewoner per jaar. Alleen ter vergelijking: de weging gebruikt de kosten van elke locatie zelf.',
    regular: 'reguliere opvang',
    emergency: '(crisis)noodopvang',
    sourcesHeading: '6. Bronnen',
    reproduceHeading: 'Zelf narekenen',
    reproduce: 'Sla de gegevens hieronder op als weging.json en reken de rangorde na met:',
    noCandidates: 'Dit scenario heeft nog geen kandidaten.',
  },
  en: {
    title: 'Decision memo: siting',
    province: 'Province',
    municipality: 'Municipality',
    scenarioDate: 'Scenario date',
    made: 'Made on',
    print: 'This page is made to be printed or saved as PDF.',
    criteriaHeading: '1. The criteria and their weights',
    criteriaIntro:
      'The criteria follow the advice of the Provincial Committee for the Living Environment (8 March 2016): small locations (up to ' +
      '500 persons) in inhabited areas, facilities within reach, attention for neighbours, and cost as one criterion among others, ' +
      'never the only one. The weights were chosen by whoever made this scenario. They add up to 100%.',
    criterion: 'Criterion',
    direction: 'Direction',
    benefit: 'higher is better',
    cost: 'lower is better',
    weight: 'Weight',
    share: 'Share',
    why: 'Why (from the advice)',
    dataSource: 'Data source',
    candidatesHeading: '2. The candidates and their data',
    value: 'Value',
    origin: 'Where does this come from?',
    capacity: 'capacity',
    places: 'places',
    missingValue: 'missing',
    resultHeading: '3. The outcome',
    resultIntro:
      'Two methods side by side. Weighted sum: per criterion the best candidate gets 1 and the worst 0 (min-max), then the weights ' +
      'count. TOPSIS: how close a candidate is to the ideal candidate and how far from the worst (score 0 to 1). A score is not a ' +
      'judgement of a place, but a summary of the data and the weights above.',
    candidate: 'Candidate',
    weightedSum: 'Weighted sum',
    topsis: 'TOPSIS',
    score: 'score',
    rank: 'rank',
    breakdownHeading: 'What each criterion contributes (weighted sum)',
    breakdownTopsisHeading: 'What each criterion contributes (TOPSIS, by distance from the worst candidate)',
    notRanked: 'There is no ranking yet, because data is missing:',
    sensitivityHeading: '4. How sensitive is the outcome to the weights?',
    sensitivityIntro: (draws: number, low: number, high: number, seed: number) =>
      `We repeated the weighing ${draws} times. Each time every weight was multiplied by a random number between ${low} and ` +
      `${high}; then the weights were made to add up to 100% again. The random numbers come from seed ${seed}, so anyone can ` +
      'repeat this outcome exactly.',
    first: 'times first',
    topThree: 'times in the top three',
    costHeading: '5. Costs for comparison',
    costIntro: "COA's average cost per resident per year. For comparison only: the weighing uses each location's own costs.",
    regular: 'regular reception',
    emergency: '(crisis) emergency reception',
    sourcesHeading: '6. Sources',
    reproduceHeading: 'Check it yourself',
    reproduce: 'Save the data below as weighing.json and recompute the ranking with:',
    noCandidates: 'This scenario has no candidates yet.',
  },
} satisfies Record<MemoLang, Record<string, unknown>>;
