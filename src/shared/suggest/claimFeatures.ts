import { speechVerb } from './attributionCues';
import { sourceVerbAt } from './cueVerbs';
import { hasLexiconTag, lexiconTags } from './nlp';
import { isCapitalised, type Token } from './tokenize';

/**
 * What makes a sentence check-worthy, word by word: numbers, money, dates, ages, quantities, superlatives, firsts and
 * onlys, comparisons, changes, causes, attribution and a past event with a named actor. Each feature has a weight
 * (how check-worthy it makes a sentence on its own). A feature found only inside an aside, a relative clause or
 * appositive between commas ("The company, which employs 2,300 people, charges…"), counts half: a figure given in
 * passing is rarely the point of the sentence.
 */
export type Feature =
  | 'number'
  | 'percentage'
  | 'money'
  | 'date'
  | 'year'
  | 'time'
  | 'age'
  | 'quantity'
  | 'superlative'
  | 'first/only/never'
  | 'comparison'
  | 'change'
  | 'causal'
  | 'attributed'
  | 'named event';

export const WEIGHTS: Record<Feature, number> = {
  number: 0.5,
  percentage: 0.55,
  money: 0.55,
  date: 0.3,
  year: 0.4,
  time: 0.25,
  age: 0.35,
  quantity: 0.4,
  superlative: 0.45,
  'first/only/never': 0.4,
  comparison: 0.35,
  change: 0.25,
  causal: 0.4,
  attributed: 0.2,
  'named event': 0.2,
};

/** Features that carry a checkable fact by themselves; the rest (dates, times, ages, attribution) only support one. */
export const STRONG_FEATURES: ReadonlySet<Feature> = new Set([
  'percentage',
  'money',
  'superlative',
  'first/only/never',
  'comparison',
  'change',
  'causal',
  'quantity',
]);

/** Features that only support a fact: when/who said it and a named actor ("On Monday, Lee insisted that …"). */
export const WEAK_FEATURES: ReadonlySet<Feature> = new Set(['date', 'time', 'attributed', 'named event']);

/** How much each feature found counts (its weight, halved when it is only in an aside). */
export type FeatureWeights = Map<Feature, number>;

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sept?|september|oct|october|nov|november|dec|december)$/u;

export function claimFeatures(tokens: readonly Token[], unit: string, quoted: boolean): FeatureWeights {
  const found: FeatureWeights = new Map();
  const aside = asides(tokens);
  const add = (feature: Feature, i: number) => {
    const weight = aside[i] ? WEIGHTS[feature] / 2 : WEIGHTS[feature];
    if ((found.get(feature) ?? 0) < weight) found.set(feature, weight);
  };
  for (let i = 0; i < tokens.length; i++) {
    const feature = tokenFeature(tokens, i);
    if (feature) add(feature, i);
    for (const extra of wordFeatures(tokens, i)) add(extra, i);
    // ("declined to comment", "refused to say" attribute nothing)
    const refused = /^(declined|refused|declines|refuses|unwilling|unable)$/u.test(tokens[i - 2]?.key ?? '') && tokens[i - 1]?.key === 'to';
    if (!quoted && !refused && sourceVerbAt(tokens, i)) add('attributed', i);
  }
  if (/\baccording to\b/iu.test(unit)) found.set('attributed', WEIGHTS.attributed);
  if (hasNamedEvent(tokens)) found.set('named event', WEIGHTS['named event']);
  return found;
}

/** The feature a number carries: a percentage, money, a year, a time, an age, a date or a count. */
function tokenFeature(tokens: readonly Token[], i: number): Feature | undefined {
  const token = tokens[i]!;
  if (!/\d/u.test(token.text)) return undefined;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (/%$/u.test(token.text) || next?.key === 'percent') return 'percentage';
  if (/^[$€£¥]/u.test(token.pre + token.text)) return 'money';
  if (/^(1[89]|20)\d\d(s)?$/u.test(token.text) || /^\d{4}-\d{2}$/u.test(token.text)) return 'year';
  if (/^\d{1,2}(:\d\d)?$/u.test(token.text) && /^(a\.m|p\.m|am|pm|o’clock)$/u.test(next?.key ?? '')) return 'time';
  if (/^(year|years|month|months)$/u.test(next?.key ?? '') && /^old$/u.test(tokens[i + 2]?.key ?? '')) return 'age';
  if (/^\d{1,3}-year-old$/u.test(token.key)) return 'age';
  // "Bea Lindqvist, 81, stayed …": an age in an appositive
  if (
    previous &&
    isCapitalised(previous.text) &&
    /^,\s+$/u.test(previous.post) &&
    /^\d{1,3}$/u.test(token.text) &&
    /^[,.]/u.test(token.post)
  )
    return 'age';
  if (previous && MONTHS.test(previous.key)) return 'date';
  // part of a name, not a figure: "Steelworkers Local 2280", "State Route 14", "Channel 9"
  if (previous && i > 1 && isCapitalised(previous.text) && /^\s+$/u.test(previous.post) && /^\d{1,4}$/u.test(token.text)) return undefined;
  // "She is 11 now", "he turned 80"
  if (previous && /^(is|was|am|turned|turns)$/u.test(previous.key) && /^(he|she|i|they)$/u.test(tokens[i - 2]?.key ?? '')) return 'age';
  return 'number';
}

function wordFeatures(tokens: readonly Token[], i: number): Feature[] {
  const token = tokens[i]!;
  if (/\d/u.test(token.text)) return [];
  const { key } = token;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  const features: Feature[] = [];
  const tags = lexiconTags(key);
  if (MONTHS.test(key) && isCapitalised(token.text)) features.push('date');
  else if (tags.includes('WeekDay') && isCapitalised(token.text)) features.push('date');
  else if (/^(yesterday|overnight|today)$/u.test(key)) features.push('date');
  if (
    (tags.includes('Cardinal') ||
      tags.includes('Multiple') ||
      /^(dozens?|hundreds|thousands|millions|billions|half|twice|triple|double)$/u.test(key)) &&
    !/^(one|a)$/u.test(key)
  ) {
    features.push(/^(hundreds|thousands|millions|billions|dozens)$/u.test(key) ? 'quantity' : 'number');
  }
  if (
    /^(countless|numerous|several|many|majority|minority)$/u.test(key) &&
    next &&
    !isCapitalised(next.text) &&
    !/^(times|occasions)$/u.test(next.key) &&
    previous?.key !== 'how'
  )
    features.push('quantity');
  // "at the earliest", "at the latest" set a time, not a record
  const atThe = previous?.key === 'the' && tokens[i - 2]?.key === 'at';
  // ("the nearest hospital" says where, not that anything broke a record)
  if (tags.includes('Superlative') && !/^(earlier|latest|nearest|closest)$/u.test(key) && !atThe) features.push('superlative');
  if ((key === 'most' || key === 'least') && previous?.key === 'the') features.push('superlative');
  // "a record high", but not the Sentinel-Record
  if (/^(record|unprecedented|all-time)$/u.test(key) && !isCapitalised(token.text)) features.push('superlative');
  if (key === 'first' || key === 'only' || key === 'never' || key === 'ever' || key === 'sole') {
    const notARecord =
      (key === 'only' && next && /^(after|when|if|because|to)$/u.test(next.key)) ||
      // a first grader, the first-grade class, the first lady
      (key === 'first' && next && /^(grade|grader|graders|lady|responders?|floor|half|quarter|name|names)$/u.test(next.key));
    if (!notARecord) features.push('first/only/never');
  }
  if (/^(no|none)$/u.test(key) && next && /^(one|man|woman|other|deaths?|injuries|cases?|evidence)$/u.test(next.key))
    features.push('first/only/never');
  if (key === 'unlike' && next?.key === 'any') features.push('first/only/never');
  if (key === 'nobody') features.push('first/only/never');
  if (
    (tags.includes('Comparative') && key !== 'later' && key !== 'earlier') ||
    (key === 'than' && previous?.key !== 'rather') ||
    /^(compared|doubled|tripled|halved)$/u.test(key) ||
    // "three times as many", "twice the rate", not "several times." or "I have rebuilt twice"
    (/^(times|twice|double)$/u.test(key) &&
      next !== undefined &&
      /^(as|more|less|higher|lower|larger|bigger|greater|smaller|the|that|than|what)$/u.test(next.key))
  )
    features.push('comparison');
  if (
    /^(rose|risen|fell|fallen|grew|grown|dropped|declined|increased|decreased|jumped|surged|soared|plunged|doubled|tripled|halved|shrank|climbed)$/u.test(
      key,
    )
  )
    // "grew up", "grew out of", "declined to comment": not a change in a figure
    if (!(next && /^(up|out|apart|into|tired|used|quiet|silent|to)$/u.test(next.key))) features.push('change');
  if (/^(because|caused|causing|due|blamed|responsible|result|resulted|led|thanks|traced)$/u.test(key)) {
    if (key !== 'led' || next?.key === 'to') features.push('causal');
  }
  return features;
}

/**
 * Tokens inside an aside closed by a comma before the sentence goes on: ", which employs 2,300 people,", ", who
 * supervises a staff of 12,", ", a retired teacher,". An aside that runs to the end of the sentence is not one.
 */
function asides(tokens: readonly Token[]): boolean[] {
  const inside = tokens.map(() => false);
  for (let i = 1; i < tokens.length; i++) {
    if (!/^,\s+$/u.test(tokens[i - 1]!.post) || !/^(which|who|whose|a|an)$/u.test(tokens[i]!.key)) continue;
    let end = i;
    while (end < tokens.length - 1 && end - i < 15 && !/[,;:—–]\s*$/u.test(tokens[end]!.post)) end++;
    const closed = end < tokens.length - 1 && /,\s*$/u.test(tokens[end]!.post);
    // "…,” said Gwendolyn Maraj, a nurse at the clinic for 22 years." describes the person to the end
    const describesName = end === tokens.length - 1 && /^(a|an)$/u.test(tokens[i]!.key) && isCapitalised(tokens[i - 1]!.text);
    if (!closed && !describesName) continue;
    for (let k = i; k <= end; k++) inside[k] = true;
  }
  return inside;
}

const DATE_TAGS = ['WeekDay', 'Month', 'Date'];

/** A past action with a named actor or place: "X declared a state of emergency", "the U.S. killed …". */
function hasNamedEvent(tokens: readonly Token[]): boolean {
  const named = tokens.some(
    (token, i) =>
      i > 0 && isCapitalised(token.text) && !/^(I|I’m|I'm)$/u.test(token.text) && !DATE_TAGS.some((tag) => hasLexiconTag(token.key, tag)),
  );
  return named && hasPastAction(tokens);
}

/**
 * A verb of something done in the past ("arrested", "closed"), not a report of words ("insisted", "explained") except
 * acts done by declaring ("declared a state of emergency"), and not "declined to comment".
 */
export function hasPastAction(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (!hasLexiconTag(token.key, 'PastTense') || /^(was|were|had|did)$/u.test(token.key)) return false;
    const speech = speechVerb(token.key);
    const declined = tokens[i + 1]?.key === 'to' && speechVerb(tokens[i + 2]?.key ?? '') !== undefined;
    return (!speech || /^(declare|announce)$/u.test(speech)) && !declined;
  });
}
