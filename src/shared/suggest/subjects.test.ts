import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { findNames } from './findNames';
import { isSubjectMention } from './subjects';

/** The names of a one-sentence text that are subjects of their clause. */
const subjects = (text: string) => {
  const story = analyseStory(text);
  return findNames(story)
    .filter((mention) => isSubjectMention(story.sentences[mention.sentence]!, mention))
    .map((mention) => mention.name);
};

describe('isSubjectMention', () => {
  it('takes a name that opens its clause and is followed by a verb, maybe after a role or appositives', () => {
    expect(subjects('Ferry captain Ilse Marquardt, 58, who sails the route daily, said the engine failed.')).toEqual(['Ilse Marquardt']);
    expect(subjects('On Monday, Ilse Marquardt spoke, and Tove Lindahl listened.')).toEqual(['Ilse Marquardt', 'Tove Lindahl']);
  });

  it('leaves out names in object or complement position and in lists', () => {
    expect(subjects('The crew thanked Ilse Marquardt and cheered for Dr. Tove Lindahl.')).toEqual([]);
    expect(subjects('They met Mr. Ilse Marquardt, Mr. Tove Lindahl and Mr. Ari Sund.')).toEqual([]);
  });
});
