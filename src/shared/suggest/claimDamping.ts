import { hasPastAction, STRONG_FEATURES, WEAK_FEATURES, WEIGHTS, type Feature, type FeatureWeights } from './claimFeatures';
import { sourceVerb, speechVerb } from './attributionCues';
import { lexiconTags } from './nlp';
import type { Token } from './tokenize';

/**
 * What makes a sentence with numbers in it still not a checkable fact: a question, an opinion, a prediction or plan
 * (nothing has happened yet: "expects to save $95 million by 2027", "will cut 400 jobs next year"), procedure
 * ("Sentencing is set for March 3", "The hearing began at 9 a.m."), and the life of a private person ("Lee, 81, a
 * retired teacher"). Each gives a factor the score is multiplied by.
 */
export interface Damping {
  factor: number;
  reason?: string;
}

export function dampingOf(tokens: readonly Token[], unit: string, quoted: boolean, features: FeatureWeights): Damping {
  if (/\?["”’]?\s*$/u.test(unit)) return { factor: 0.3, reason: 'question' };
  const keys = tokens.map((token) => token.key);
  const opinion = keys.some(
    (key, i) => (key === 'i' || key === 'we') && /^(think|believe|feel|hope|guess|expect)$/u.test(keys[i + 1] ?? ''),
  );
  if (opinion) return { factor: 0.5, reason: 'opinion' };
  const strong = [...features.keys()].some((feature: Feature) => STRONG_FEATURES.has(feature));
  const tense = futureOf(tokens);
  let factor = 1;
  const reasons: string[] = [];
  if (tense === 'future') {
    factor *= 0.4;
    reasons.push('prediction');
  } else if (tense === 'announced') {
    factor *= 0.75;
    reasons.push('announced plan');
  } else if (tense === 'partly') {
    factor *= 0.85;
    reasons.push('prediction');
  }
  const procedure = keys.some((key, i) => PROCEDURE.test(key) || (key === 'took' && keys[i + 1] === 'the' && keys[i + 2] === 'stand'));
  if (!strong && procedure && !keys.some((key) => OUTCOME.test(key))) {
    factor *= 0.55;
    reasons.push('procedure');
  }
  // a date, a time and attribution support a fact but are not one ("On Monday, Lee insisted that …"); with an act
  // they date a public event ("Gov. Ruiz declared a state of emergency on Thursday", "The suspect was arrested
  // Tuesday"). A figure given only in passing, in an aside, does not count ("Okoro, who runs a staff of 12, said …").
  const figure = [...features].some(([feature, weight]) => !WEAK_FEATURES.has(feature) && weight >= WEIGHTS[feature]);
  const inPassing = [...features].some(([feature, weight]) => !WEAK_FEATURES.has(feature) && weight < WEIGHTS[feature]);
  if (!figure && (inPassing || !hasPastAction(tokens))) {
    factor *= 0.6;
    reasons.push('no figure');
  }
  if (isPersonal(tokens, keys, features, quoted)) {
    factor *= 0.5;
    reasons.push('personal');
  }
  return { factor, reason: reasons.length > 0 ? reasons.join(', ') : undefined };
}

/** Words of court and meeting procedure. */
const PROCEDURE =
  /^(hearing|hearings|sentencing|arraignment|trial|session|meeting|recess|recessed|adjourned|deliberated|deliberations|deliberating|jurors|testimony|resumes|resumed|reconvene|reconvened|convened|agenda)$/u;

/** What a procedure decided is a fact: "The jury convicted Dorn on all seven counts after deliberating …". */
const OUTCOME =
  /^(convicted|acquitted|sentenced|ruled|approved|passed|rejected|ordered|awarded|fined|dismissed|indicted|charged|pleaded|voted|elected|killed|died)$/u;

/** Modals and verbs of intent that put what follows in the future. */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'should', "won't", 'won’t', "'ll"]);
const INTENT =
  /^(expects?|expected|plans?|planned|planning|aims?|aimed|intends?|intended|hopes?|hoped|wants?|wanted|seeks?|sought|vows?|vowed|pledges?|pledged|promises?|promised|predicts?|predicted|proposes?|proposed|set|scheduled|slated|due|likely|poised|going|about)$/u;

/** Words that look ahead whatever follows them: "expected the count to keep climbing", "the forecast gives …". */
const FORECAST =
  /^(expect|expects|expected|expecting|predict|predicts|predicted|predicting|forecast|forecasts|forecasting|projects|projected|anticipate|anticipates|anticipated|outlook)$/u;

/**
 * "future" when every finite verb looks ahead (a modal, "expects to", "is set for", "vowed to") or reports speech
 * about it; "partly" when there is also a verb of something done ("announced it will cut", "had cleared 40 miles …,
 * but warned more snow would come"); undefined when nothing looks ahead.
 */
function futureOf(tokens: readonly Token[]): 'future' | 'partly' | 'announced' | undefined {
  let ahead = false;
  let done = false;
  let announced = false;
  // inside "when it opens", "if it passes": a verb there is no more done than the main one
  let subordinate = false;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const next = tokens[i + 1]?.key;
    if (/[,;:—–]/u.test(tokens[i - 1]?.post ?? '')) subordinate = false;
    if (/^(when|if|once|until|unless|whenever|which|who)$/u.test(key) || isRelativeThat(tokens, i)) subordinate = true;
    // "in May" is a month
    if (MODALS.has(key) && !(i > 0 && /^\p{Lu}/u.test(tokens[i]!.text))) {
      // "would have closed": what a plan would have done is a fact about the plan
      if (next === 'have' && (key === 'would' || key === 'could')) done = true;
      else ahead = true;
      i++;
      continue;
    }
    const nextPeriod =
      key === 'next' && next !== undefined && /^(year|week|month|summer|spring|fall|autumn|winter|season|decade|quarter)$/u.test(next);
    if ((FORECAST.test(key) && tokens[i - 1]?.key !== 'than') || nextPeriod) {
      ahead = true;
      continue;
    }
    if (INTENT.test(key) && (next === 'to' || next === 'for' || (key === 'going' && next === 'to'))) {
      ahead = true;
      i++;
      continue;
    }
    if (/^(is|are|was|were)$/u.test(key) && next && INTENT.test(next)) continue;
    const doneVerb = !subordinate ? isDoneVerb(tokens, i) : undefined;
    if (doneVerb === 'announced') announced = true;
    else if (doneVerb) done = true;
  }
  if (!ahead) return undefined;
  return done ? 'partly' : announced ? 'announced' : 'future';
}

/** "a town that has made steel": "that" after a noun opens a relative clause ("show that …", "said that …" do not). */
function isRelativeThat(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (tokens[i]!.key !== 'that' || !previous || sourceVerb(previous.key) || speechVerb(previous.key)) return false;
  const tags = lexiconTags(previous.key);
  return (tags.includes('Noun') && !tags.includes('Verb')) || (tags.length === 0 && !/ed$/u.test(previous.key));
}

/**
 * A finite verb of something that happened or holds ("closed", "has grown", "carries"), not one that reports speech;
 * "announced" for an announcement (a fact about the plan it announces).
 */
function isDoneVerb(tokens: readonly Token[], i: number): boolean | 'announced' {
  const token = tokens[i]!;
  const previous = tokens[i - 1]?.key;
  if (previous === 'to' || (previous !== undefined && MODALS.has(previous))) return false;
  const base = speechVerb(token.key);
  // "announced it will cut 400 jobs" is a fact about the announcement; "said it will" is only the speaker's word
  if (base) return /^(announce|confirm|reveal|disclose)$/u.test(base) && /(ed|d)$/u.test(token.key) ? 'announced' : false;
  const tags = lexiconTags(token.key);
  if (tags.includes('Noun') && !tags.includes('Verb')) return false;
  if (tags.includes('Gerund') || tags.includes('Infinitive')) return false;
  return tags.includes('PastTense') || tags.includes('Copula') || tags.includes('PresentTense');
}

/** Family, home and the course of a private life. */
const PERSONAL =
  /^(son|sons|daughter|daughters|wife|husband|mother|father|mom|dad|grandmother|grandfather|grandson|granddaughter|grandchildren|grandkids|kids|retired|retiree|widow|widower|grew|born|raised|married|hometown|graduated|porch|neighbor|neighbour)$/u;

/** A working life: "has worked at the mill for 26 years", "had lived there since 1990". */
const CAREER = /^(worked|lived|taught|farmed|fished|driven|owned|run)$/u;

/** Roles whose holders' ages are public facts ("the 62-year-old general"). */
const PUBLIC_ROLES =
  /^(general|gen|commander|president|pres|minister|senator|sen|rep|representative|governor|gov|mayor|leader|chief|judge|justice|ceo|chairman|chairwoman|secretary|ambassador|lawmaker|legislator|congressman|congresswoman|councilmember|councilman|councilwoman|official|director|king|queen|pope|prince|princess|admiral|adm|colonel|col)$/u;

/** The life of a private person: an age given in passing, family, home, "I" in a quotation, with nothing stronger. */
function isPersonal(tokens: readonly Token[], keys: readonly string[], features: FeatureWeights, quoted: boolean): boolean {
  // a figure that is a fact whoever it is about: money, a share, a record, a comparison, a change, a cause
  if ([...features.keys()].some((feature) => STRONG_FEATURES.has(feature) && !/^(first|quantity)/u.test(feature))) return false;
  // a death, an injury or an arrest is news whoever it happens to
  if (keys.some((key) => /^(killed|died|injured|hurt|wounded|arrested|charged|convicted|sentenced|missing|rescued)$/u.test(key)))
    return false;
  // an age is public when the person holds an office ("Sen. Maria Olsen, 72", "the 62-year-old general")
  if (features.has('age')) return !tokens.some((token) => PUBLIC_ROLES.test(token.key));
  if (quoted && keys.some((key) => /^(i|i've|i’ve|i'm|i’m|i'd|i’d|my|me)$/u.test(key))) return true;
  return tokens.some(
    (token, i) => PERSONAL.test(token.key) || (CAREER.test(token.key) && /^(has|have|had)$/u.test(tokens[i - 1]?.key ?? '')),
  );
}
