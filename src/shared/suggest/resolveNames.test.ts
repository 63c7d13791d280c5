import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { findNames } from './findNames';
import { createNameResolver } from './resolveNames';

function setup(text: string) {
  const story = analyseStory(text);
  const names = findNames(story);
  return { names, resolver: createNameResolver(story, names) };
}

describe('createNameResolver', () => {
  it('gives a short name the fullest form, preferring forms used earlier', () => {
    const { names, resolver } = setup('Gov. Mara Lindqvist spoke first. Lindqvist then left.');
    const short = names.find((n) => n.name === 'Lindqvist')!;
    expect(resolver.fullestName(short, short.start)).toBe('Mara Lindqvist');
  });

  it('gives a first name alone the full name', () => {
    const { names, resolver } = setup('Jonas Berg runs the shop. Jonas opened at six.');
    const first = names.find((n) => n.name === 'Jonas')!;
    expect(resolver.fullestName(first, first.start)).toBe('Jonas Berg');
  });

  it('counts a short name as a person once the story gives the full name', () => {
    const { names, resolver } = setup('Dr. Ada Quist arrived. Quist left.');
    expect(resolver.isPerson(names[1]!)).toBe(true);
    const other = setup('Quist left.');
    expect(other.resolver.isPerson(other.names[0]!)).toBe(false);
  });

  it('finds the last person named before a pronoun, gender permitting, outside quotations', () => {
    const text = 'Mr. Karl Stone met Mrs. Ann Vale. She spoke first.';
    const { resolver } = setup(text);
    const at = text.indexOf('She');
    expect(resolver.antecedent(at, 'female')?.name).toBe('Ann Vale');
    expect(resolver.antecedent(at, 'male')?.name).toBe('Karl Stone');
    const quoted = { start: text.indexOf('Mrs.'), end: text.indexOf('.', text.indexOf('Vale')) };
    expect(resolver.antecedent(at, 'any', { exclude: [quoted] })?.name).toBe('Karl Stone');
  });

  it('does not reach back more than a few paragraphs', () => {
    const text = 'Mr. Karl Stone spoke.\n\nA.\n\nB.\n\nC.\n\nD.\n\nHe left.';
    const { resolver } = setup(text);
    expect(resolver.antecedent(text.indexOf('He left'), 'male')).toBeUndefined();
  });

  it('resolves a surname to the full name introduced after a job noun or in an appositive', () => {
    const text =
      'Veterinary inspector Oona Rautavaara closed the kennel. The owner, Benedek Szalai-Krug, objected. Rautavaara and Szalai-Krug met.';
    const { names, resolver } = setup(text);
    const [shortRautavaara, shortSzalai] = names.filter((n) => n.start > text.indexOf('objected'));
    expect(resolver.fullestName(shortRautavaara!, shortRautavaara!.start)).toBe('Oona Rautavaara');
    expect(resolver.fullestName(shortSzalai!, shortSzalai!.start)).toBe('Benedek Szalai-Krug');
  });

  it('prefers the last speaker or clause subject to a name mentioned in passing as an object', () => {
    const text = 'Mr. Osric Pell thanked Lord Amis Varga and praised Mr. Tiber Quayle. He left early.';
    const { resolver } = setup(text);
    expect(resolver.antecedent(text.indexOf('He left'), 'male')?.name).toBe('Osric Pell');
    // with nothing better, the last person named
    const plain = 'The prize went to Mr. Tiber Quayle. He left early.';
    expect(setup(plain).resolver.antecedent(plain.indexOf('He left'), 'male')?.name).toBe('Tiber Quayle');
  });

  it('takes a speaker passed in, and learns genders from resolved pronouns', () => {
    const text = 'The prizes went to Dr. Lorcan Ibe and Dagny Moss.';
    const { names, resolver } = setup(text);
    const ibe = names.find((n) => n.name === 'Lorcan Ibe')!;
    expect(resolver.antecedent(text.length, 'any')?.name).toBe('Dagny Moss');
    expect(resolver.antecedent(text.length, 'any', { speakers: new Set([ibe]) })?.name).toBe('Lorcan Ibe');
    resolver.learnGender(ibe, 'female');
    expect(resolver.antecedent(text.length, 'male')?.name).toBe('Dagny Moss');
  });

  it('finds the person a role stands for ("the mayor" after "Mayor Ines Carvalho")', () => {
    const text = 'Mayor Ines Carvalho and harbor pilot Joost Brandsma arrived. Later the mayor spoke.';
    const { resolver } = setup(text);
    expect(resolver.personFor('mayor', text.indexOf('Later'), [])?.name).toBe('Ines Carvalho');
    expect(resolver.personFor('pilot', text.indexOf('Later'), [])?.name).toBe('Joost Brandsma');
    expect(resolver.personFor('judge', text.indexOf('Later'), [])).toBeUndefined();
  });

  it('keeps a person a person when "the" only puts their name before a noun', () => {
    const { names, resolver } = setup('President Ada Kerrigan spoke. The deal was struck by the Kerrigan administration. Kerrigan left.');
    expect(resolver.isPerson(names[names.length - 1]!)).toBe(true);
  });
});
