import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { findNames } from './findNames';
import { createNameResolver } from './resolveNames';

function setup(text: string) {
  const story = analyseStory(text);
  const names = findNames(story);
  return { names, resolver: createNameResolver(story, names) };
}

describe('organisation coreference', () => {
  it('gives a short form of a body’s name its fullest form', () => {
    const text = 'Quorvel Battery Systems opened a plant. Quorvel hired 80 people.';
    const { names, resolver } = setup(text);
    const short = names.find((n) => n.name === 'Quorvel')!;
    expect(resolver.fullestOrganisation(short, short.start)).toBe('Quorvel Battery Systems');
    expect(resolver.isPerson(short)).toBe(false);
  });

  it('points "the company", "the department", "it" back to the body named last, preferring one of that kind', () => {
    const text = 'Quorvel Battery Systems met the Linmoor Fire Department and the Linmoor Teachers Union. Then they spoke.';
    const { resolver } = setup(text);
    const at = text.indexOf('Then');
    expect(resolver.organisationFor('department', at, [])).toBe('Linmoor Fire Department');
    expect(resolver.organisationFor('union', at, [])).toBe('Linmoor Teachers Union');
    // a company is not the union named last
    expect(resolver.organisationFor('company', at, [])).toBe('Quorvel Battery Systems');
    expect(resolver.organisationFor(undefined, at, [])).toBe('Linmoor Teachers Union');
  });

  it('skips names inside quotations and returns nothing when no body was named', () => {
    const text = '“Talk to the Linmoor Fire Department,” one man said. Then they spoke.';
    const { resolver } = setup(text);
    expect(resolver.organisationFor('department', text.indexOf('Then'), [{ start: 0, end: text.indexOf(',') + 2 }])).toBeUndefined();
    expect(setup('Then they spoke.').resolver.organisationFor('company', 5, [])).toBeUndefined();
  });

  it('expands initials to the name they abbreviate', () => {
    const text = 'The Linmoor Fire Department arrived. LFD crews left at noon.';
    const { names, resolver } = setup(text);
    const short = names.find((n) => n.name === 'LFD')!;
    expect(resolver.fullestOrganisation(short, short.start)).toBe('Linmoor Fire Department');
  });

  it('takes a name the story puts after "the" for a body, not a person', () => {
    const text = 'Harwick Rovers sacked their coach. The Rovers have lost nine games. Then they spoke.';
    const { names, resolver } = setup(text);
    expect(resolver.isPerson(names.find((n) => n.name === 'Harwick Rovers')!)).toBe(false);
    expect(resolver.organisationFor('club', text.indexOf('Then'), [])).toBe('Harwick Rovers');
  });
});
