/**
 * A general journalism lexicon: the words that attribute speech or information, the titles that precede names, the
 * pronouns that stand for a speaker, and the common nouns that name a source. Nothing here is taken from a particular
 * story; it is what any wire-service style guide would list.
 */

/** A list of words written as one string, for readability: "said told added" → ["said", "told", "added"]. */
function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

/** Verbs that introduce speech or information (base form; inflections are generated). */
const SPEECH_VERBS = words(
  'say tell add write vow state declare announce ask reply respond explain note insist argue claim warn urge ' +
    'recall continue acknowledge admit agree complain concede confirm deny emphasise emphasize estimate promise ' +
    'pledge predict report reveal shout stress suggest tweet post testify cry yell whisper quip joke muse observe ' +
    'boast lament counter allege contend conclude maintain assert affirm caution comment remark quote cite threaten ' +
    'demand describe repeat scream plead pray sing chant read thank tout mourn concur charge brag snap sigh laugh ' +
    'exclaim interject inform assure advise indicate mention hint proclaim disclose signal speculate wonder recount ' +
    'elaborate retort grumble murmur mutter reiterate underline underscore highlight point call dub label refer ' +
    'term',
);

const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'written', 'write'],
  read: ['read', 'reads', 'reading'],
  sing: ['sang', 'sings', 'singing', 'sung', 'sing'],
  cry: ['cried', 'cries', 'crying', 'cry'],
  reply: ['replied', 'replies', 'replying', 'reply'],
  testify: ['testified', 'testifies', 'testifying', 'testify'],
  deny: ['denied', 'denies', 'denying', 'deny'],
  quip: ['quipped', 'quips', 'quipping', 'quip'],
  snap: ['snapped', 'snaps', 'snapping', 'snap'],
  brag: ['bragged', 'brags', 'bragging', 'brag'],
  refer: ['referred', 'refers', 'referring', 'refer'],
  concur: ['concurred', 'concurs', 'concurring', 'concur'],
  plead: ['pleaded', 'pled', 'pleads', 'pleading', 'plead'],
};

function inflect(base: string): readonly string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${stem}ed`, `${stem}ing`];
}

/** Every form of every speech verb, lower case → its base form. */
const SPEECH_FORMS: ReadonlyMap<string, string> = new Map(SPEECH_VERBS.flatMap((base) => inflect(base).map((form) => [form, base])));

/** Verbs that only name or label ("called it …", "referred to him as …"): a cue for a short partial quote, not for a source. */
const NAMING_VERBS: ReadonlySet<string> = new Set(words('call dub label refer term describe'));

/** "said" → "say"; undefined for words that do not attribute. */
export function speechVerb(word: string): string | undefined {
  return SPEECH_FORMS.get(word.toLowerCase());
}

export function isNamingVerb(base: string): boolean {
  return NAMING_VERBS.has(base);
}

/**
 * Verbs that pass on information when their subject is a source ("Police said", "records show", "Lee warned that …").
 * Requests and orders (ask, urge, demand), naming (call, dub), manner of speaking (shout, whisper) and quoting (cite)
 * are not among them.
 */
const SOURCE_VERBS: ReadonlySet<string> = new Set(
  words(
    'say tell report write add note explain warn insist argue claim state estimate confirm allege acknowledge admit ' +
      'concede deny reveal testify stress emphasise emphasize contend maintain conclude describe suggest indicate ' +
      'predict tweet post assert affirm disclose recount recall vow pledge promise caution observe speculate mention ' +
      'reiterate comment remark respond reply counter boast lament complain find show announce declare agree project ' +
      'forecast calculate count',
  ),
);
/** Verbs that pass on information only before a "that" clause ("announced that …"; "announced a plan" is an act). */
const SOURCE_VERBS_NEEDING_THAT: ReadonlySet<string> = new Set(
  words('announce declare agree recall complain count calculate project forecast respond reply counter'),
);

const EXTRA_FORMS: ReadonlyMap<string, string> = new Map([
  ...['found', 'finds', 'find', 'finding'].map((form) => [form, 'find'] as const),
  ...['showed', 'shows', 'shown', 'show', 'showing'].map((form) => [form, 'show'] as const),
  ...['projected', 'projects', 'project'].map((form) => [form, 'project'] as const),
  ...['forecast', 'forecasts', 'forecasted'].map((form) => [form, 'forecast'] as const),
  ...['calculated', 'calculates', 'calculate'].map((form) => [form, 'calculate'] as const),
  ...['counted', 'counts'].map((form) => [form, 'count'] as const),
]);

/** The base form of a verb that can carry a source's information, and whether it needs "that" to do so. */
export function sourceVerb(word: string): { base: string; needsThat: boolean } | undefined {
  const lower = word.toLowerCase();
  const base = SPEECH_FORMS.get(lower) ?? EXTRA_FORMS.get(lower);
  if (!base || !SOURCE_VERBS.has(base)) return undefined;
  return { base, needsThat: SOURCE_VERBS_NEEDING_THAT.has(base) };
}

/** Words that may sit between a subject and its cue verb ("has said", "was quoted as saying", "also told"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(
  words(
    'has have had is are was were been be being will would could should may might can did does do also later then ' +
      'once again further quickly previously earlier recently repeatedly publicly privately separately simply only ' +
      'still not never already reportedly quoted as who famously told reporters just',
  ),
);

/** Titles, honorifics and roles that may precede a name; they are dropped from the speaker's name. */
const TITLES: ReadonlySet<string> = new Set(
  words(
    'mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt lieut lieutenant col colonel maj major ' +
      'capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt private brig brigadier marshal field rep ' +
      'representative sen senator gov governor pres president vice prime minister secretary chancellor premier king ' +
      'queen prince princess emperor empress sheikh sheik shaikh emir sultan ayatollah grand imam mullah rabbi father ' +
      'fr sister brother pope cardinal archbishop bishop rev reverend pastor deacon judge justice mayor ambassador ' +
      'chairman chairwoman chair chief supreme leader speaker deputy officer detective det inspector insp supt ' +
      'superintendent constable sheriff agent coach hon honourable honorable mme mlle herr frau señor senor senora ' +
      'señora haji hajj mufti attorney atty councillor councilor councilmember supervisor commissioner trustee clerk ' +
      'treasurer comptroller controller auditor assemblymember councilman councilwoman alderman assemblyman ' +
      'assemblywoman congressman congresswoman delegate director ceo executive founder spokesman spokeswoman ' +
      'spokesperson gov. st saint crown state foreign defense defence interior finance health national security ' +
      'adviser advisor press first former acting interim late',
  ),
);

/** A title or honorific ("Gen.", "Ayatollah", "President"), by its key (lower case, no trailing period). */
export function isTitle(key: string): boolean {
  return TITLES.has(key);
}

/** Pronouns that can stand for a speaker, with the gender they imply. */
const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'any'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'any'],
]);

export function speakerPronoun(word: string): 'male' | 'female' | 'any' | undefined {
  return SPEAKER_PRONOUNS.get(word.toLowerCase());
}

/** Name particles that join the parts of a name ("bin", "al", "van der", "de la"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words('al el bin ibn bint abu van von der den de del della di da dos das du la le ter ten y'),
);

type SourceNounType = 'person' | 'organisation' | 'media' | 'document';

/** Common nouns for people, bodies, media and documents that give information ("officials said", "records show"). */
const SOURCE_NOUNS: ReadonlyMap<string, SourceNounType> = new Map(
  (
    [
      [
        'person',
        'official officials spokesman spokeswoman spokesperson spokespeople witness witnesses resident residents ' +
          'analyst analysts expert experts investigator investigators prosecutor prosecutors researcher researchers ' +
          'scientist scientists doctor doctors diplomat diplomats lawyer lawyers attorney attorneys leader leaders ' +
          'minister ministers commander commanders officer officers source sources aide aides activist activists critic ' +
          'critics supporter supporters observer observers medic medics survivor survivors relative relatives victim ' +
          'victims president mayor governor senator lawmaker lawmakers legislator legislators economist economists ' +
          'historian historians authorities paramedics firefighters student students worker workers employee employees ' +
          'executive executives manager managers member members people person man woman men women family friend friends ' +
          'figures clerk',
      ],
      [
        'organisation',
        'police government ministry department agency military army navy pentagon company firm court council committee ' +
          'commission office embassy administration authority group organisation organization union party campaign ' +
          'coalition hospital university institute bank board cabinet parliament congress senate house kremlin guard ' +
          'forces troops regime service services bureau foundation charity spokesman’s league club team district ' +
          'school utility airline railroad federation association',
      ],
      [
        'media',
        'media newspaper newspapers broadcaster broadcasters television tv radio outlet outlets press reports daily ' +
          'journal website channel network wire',
      ],
      [
        'document',
        'report study survey statement data records documents document filing filings emails letters memos logs minutes ' +
          'counts reports statements studies surveys files receipts invoices transcripts audits numbers projections ' +
          'indictment lawsuit complaint census poll polls analysis letter memo email transcript audit review research ' +
          'statistics estimates tally count release',
      ],
    ] as const
  ).flatMap(([type, list]) => words(list).map((word) => [word, type] as const)),
);

export function sourceNounType(key: string): SourceNounType | undefined {
  return SOURCE_NOUNS.get(key);
}

/** Last words of media names ("… News Agency", "… Times", "… TV") and wire services known by their initials. */
const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set(
  words(
    'news agency press tv television radio times post journal herald tribune gazette telegraph guardian observer ' +
      'chronicle broadcasting network channel daily magazine wire newswire review star sun mail express independent ' +
      'monitor reporter bulletin dispatch inquirer examiner reuters afp ap upi dpa efe ansa bbc cnn nbc cbs abc npr ' +
      'pbs bloomberg xinhua tass irna aljazeera media courier ledger record register enquirer sentinel beacon courant ' +
      'globe mercury advertiser citizen standard weekly newsletter podcast',
  ),
);

export function isMediaNameWord(key: string): boolean {
  // "Sentinel-Record", "Times-Picayune": the last part decides
  return MEDIA_NAME_WORDS.has(key) || (key.includes('-') && MEDIA_NAME_WORDS.has(key.slice(key.lastIndexOf('-') + 1)));
}

/** Last words of organisation names beyond compromise's own list ("… Ministry", "… Police", "… Guard"). */
const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new Set(
  words(
    'ministry police guard guards corps army navy force forces command office department court parliament senate ' +
      'congress house assembly government cabinet administration service services party front movement group ' +
      'organization organisation union council committee commission agency bureau authority institute university ' +
      'hospital bank fund foundation company inc corp ltd llc plc co brigade brigades militia state nations alliance ' +
      'coalition federation ministries embassy consulate mission board tribunal prosecutor’s center centre ' +
      'association society club team church mosque school college league technologies trust cooperative co-op ' +
      'railway railroad transit steel mining logistics manufacturing ventures therapeutics biotech foods farms lines ' +
      'freight tech',
  ),
);

export function isOrganisationNameWord(key: string): boolean {
  return ORGANISATION_NAME_WORDS.has(key);
}
