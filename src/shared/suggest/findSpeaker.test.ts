import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

/** The quotes the engine suggests, as [exact, speaker]. */
const quotes = (text: string) => suggest(text, { kinds: ['quote'] }).map((q) => [q.exact, q.speaker ?? null]);

describe('speakers of direct quotes', () => {
  it('finds the speaker after the quote, before or after the cue verb', () => {
    expect(quotes('“The bridge is safe,” Mayor Tom Hale said.')).toEqual([['“The bridge is safe,”', 'Tom Hale']]);
    expect(quotes('“The bridge is safe,” said Mayor Tom Hale, who took office in May.')).toEqual([['“The bridge is safe,”', 'Tom Hale']]);
    expect(quotes('"We will rebuild," Hale told reporters on Monday.')).toEqual([['"We will rebuild,"', 'Hale']]);
  });

  it('finds the speaker before the quote: colon, "that", partial quotes', () => {
    expect(quotes('Nurse Ida Brandt said: “We ran out of beds by noon.”')).toEqual([['“We ran out of beds by noon.”', 'Ida Brandt']]);
    expect(quotes('Ida Brandt said the ward was “full to the corridors.”')).toEqual([['“full to the corridors.”', 'Ida Brandt']]);
    expect(quotes('Ida Brandt called the plan “a paper fix” on Friday.')).toEqual([['“a paper fix”', 'Ida Brandt']]);
  });

  it('skips an appositive to reach the name', () => {
    expect(quotes('Ana Ruiz, a nurse at the county clinic, said the queue was “longer than ever.”')).toEqual([
      ['“longer than ever.”', 'Ana Ruiz'],
    ]);
    expect(quotes('The clinic’s director, Ana Ruiz, wrote that staff were “exhausted but proud.”')).toEqual([
      ['“exhausted but proud.”', 'Ana Ruiz'],
    ]);
  });

  it('resolves a short name to the fullest name the story uses', () => {
    const text = 'Chief Inspector Paula Grange led the raid.\n\n“We found nothing,” Grange said.';
    expect(quotes(text)).toEqual([['“We found nothing,”', 'Paula Grange']]);
  });

  it('resolves pronouns to the last person named, with gender where the name tells it', () => {
    const text = 'Mr. Victor Lund met Sarah Okafor at the depot.\n\n“It was a long night,” he said.\n\n“We kept going,” she added.';
    expect(quotes(text)).toEqual([
      ['“It was a long night,”', 'Victor Lund'],
      ['“We kept going,”', 'Sarah Okafor'],
    ]);
  });

  it('gives a split quote and the next quotation paragraph the same speaker', () => {
    const text = '“First the roof went,” said farmer Ellen Voss. “Then the barn.”\n\n“We had nothing left by dawn.”';
    expect(quotes(text)).toEqual([
      ['“First the roof went,”', 'Ellen Voss'],
      ['“Then the barn.”', 'Ellen Voss'],
      ['“We had nothing left by dawn.”', 'Ellen Voss'],
    ]);
  });

  it('gives every paragraph of a multi-paragraph quotation its own span and the same speaker', () => {
    const text = 'Ellen Voss said: “We lost the roof first. Then the walls went.\n\n“By morning nothing was left.”';
    expect(quotes(text)).toEqual([
      ['“We lost the roof first. Then the walls went.', 'Ellen Voss'],
      ['“By morning nothing was left.”', 'Ellen Voss'],
    ]);
  });

  it('names an organisation that speaks through a statement, and no one for an unnamed speaker', () => {
    expect(quotes('The Harbor Pilots Association said in a statement: “Ships are waiting three days to dock.”')).toEqual([
      ['“Ships are waiting three days to dock.”', 'Harbor Pilots Association'],
    ]);
    expect(quotes('“Where do we go now?” one driver shouted.')).toEqual([['“Where do we go now?”', null]]);
  });

  it('does not take the person a relative clause is about as its pronoun', () => {
    const text = 'Coach Dan Pryce spoke at the dinner. To Pryce, Lena Marsh was a player whom he described as “the best I have seen.”';
    expect(quotes(text)).toEqual([['“the best I have seen.”', 'Dan Pryce']]);
  });
});

describe('quotation marks that are not quotes', () => {
  it('leaves out scare quotes, titles and nicknames', () => {
    expect(quotes('The “temporary” fence is in its ninth year.')).toEqual([]);
    expect(quotes('She hosts the podcast “Night Shift,” which airs weekly.')).toEqual([]);
    expect(quotes('Drivers call the interchange “the Knot.”')).toEqual([]);
    expect(quotes('The so-called “peace plan” was shelved.')).toEqual([]);
  });

  it('keeps a short quote that has an attribution', () => {
    expect(quotes('Lee said the audit was “a fishing trip.”')).toEqual([['“a fishing trip.”', 'Lee']]);
  });

  it('keeps a long quotation even without an attribution', () => {
    expect(quotes('The sign on the door read “Closed until further notice because of the flood.”')).toEqual([
      ['“Closed until further notice because of the flood.”', null],
    ]);
  });
});

describe('speakers introduced by a job noun or an appositive', () => {
  it('names the person after a role, capitalised or not, and resolves the surname later', () => {
    const text = [
      'Public defender Wanjiru Ostergaard-Lind told the judge the search was illegal.',
      '“My client was never read his rights,” Ostergaard-Lind said.',
      'Senior Hydrologist Per Skogholt disagreed. Skogholt called the levee “sound.”',
      'The utility’s safety director, Farida Quenneville, spoke last. “We will inspect it again,” Quenneville said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['“My client was never read his rights,”', 'Wanjiru Ostergaard-Lind'],
      ['“sound.”', 'Per Skogholt'],
      ['“We will inspect it again,”', 'Farida Quenneville'],
    ]);
  });

  it('takes a role of several words after the cue as part of the speaker phrase', () => {
    expect(quotes('“We lost the ledgers,” said chief financial officer Samir Poe-Lindgren.')).toEqual([
      ['“We lost the ledgers,”', 'Samir Poe-Lindgren'],
    ]);
  });

  it('resolves "the <role>" to the person last named with that role', () => {
    const text = 'Harbor pilot Joost Brandsma brought the ship in.\n\n“The channel is too shallow,” the pilot said.';
    expect(quotes(text)).toEqual([['“The channel is too shallow,”', 'Joost Brandsma']]);
  });
});

describe('organisations that speak', () => {
  const text = [
    'Quorvel Battery Systems said on Monday it would close its Linmoor plant, and the Linmoor Fire Department inspected the site.',
    'The company said in a statement: “The decision was not taken lightly.”',
    '“No leaks were found,” the department said in a statement.',
    'In its statement, the company wrote, “We will help every worker.”',
    'A statement from the Linmoor Police Department said: “Officers will stay at the gate.”',
    '“It was always profitable,” Quorvel said.',
    '“We disagree,” it said.',
  ].join('\n\n');

  it('gives the quote the organisation’s fullest name, for "the company", "the department", short names and "it"', () => {
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual([
      'Quorvel Battery Systems',
      'Linmoor Fire Department',
      'Quorvel Battery Systems',
      'Linmoor Police Department',
      'Quorvel Battery Systems',
      'Quorvel Battery Systems',
    ]);
  });

  it('leaves the speaker empty when no organisation was named', () => {
    expect(quotes('“We are closing,” the company said.')).toEqual([['“We are closing,”', null]]);
  });
});

describe('pronouns', () => {
  it('takes the last speaker or subject, not a person named as an object or inside a quotation', () => {
    const text = [
      'Ferry captain Ilse Marquardt thanked Lord Amis Varga and praised deckhand Tove Lindahl. “We were lucky,” she said.',
      '“Nobody expected it,” said Mr. Osric Pell, who had met Mr. Tiber Quayle that morning. “It was a shock,” he added.',
      'Mr. Aled Rhys said the vote was “a gift to Mr. Emrys Vaughan.” “We will fight it,” he said.',
    ].join('\n\n');
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual(['Ilse Marquardt', 'Osric Pell', 'Osric Pell', 'Aled Rhys', 'Aled Rhys']);
  });

  it('takes a new subject that is more recent than the last speaker', () => {
    const text = '“It is fine,” said Mr. Osric Pell.\n\nMr. Tiber Quayle, the treasurer, disagreed. “It is a bad deal,” he said.';
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual(['Osric Pell', 'Tiber Quayle']);
  });
});

describe('quoted words that are written, or only a term', () => {
  it('attributes a sign or placard to the person who carried it, and to no one when no one is named', () => {
    const text = [
      'One man held a sign that read “Bring back the bus.”',
      'Retired machinist Hollis Okpara carried a placard that read “Hands off our pensions.”',
      'Her placard called the new fee “a tax on the old.”',
      'Okpara’s banner called the board “asleep at the wheel.”',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['“Bring back the bus.”', null],
      ['“Hands off our pensions.”', 'Hollis Okpara'],
      ['“a tax on the old.”', 'Hollis Okpara'],
      ['“asleep at the wheel.”', 'Hollis Okpara'],
    ]);
  });

  it('does not take a short quoted noun phrase after a verb that passes on no words for a quote', () => {
    expect(quotes('The kennel charged owners a “boarding surcharge.”')).toEqual([]);
    expect(quotes('The county levies a “road tax” on trucks.')).toEqual([]);
    expect(quotes('Tenants must pay a “key deposit.”')).toEqual([]);
    // with a speech cue of its own, or a naming verb, it is a partial quote
    expect(quotes('Ines Aalto charged that the fee was “a scam.”')).toEqual([['“a scam.”', 'Ines Aalto']]);
    expect(quotes('Ines Aalto called it a “scam.”')).toEqual([['“scam.”', 'Ines Aalto']]);
  });
});
