import type { Sentence } from './analyseStory';
import { isTitle } from './attributionCues';
import type { NameMention } from './findNames';
import { isRoleNoun } from './roleNouns';

/**
 * The role words a story gives a person where it names them: titles in the name ("Mayor", "Police Chief"), job nouns
 * before it ("defense attorney Jane Roe") and in an appositive after it ("Roe, the county's health director,"). A later
 * "the mayor" or "the director" can then stand for that person.
 */
export function rolesOf(sentence: Sentence, mention: NameMention): string[] {
  const { tokens } = sentence;
  const roles: string[] = [];
  const nameStart = mention.endToken - mention.keys.length;
  for (let k = mention.firstToken; k < nameStart; k++) roles.push(tokens[k]!.key);
  for (let k = mention.firstToken - 1; k >= 0 && k >= mention.firstToken - 3; k--) {
    const token = tokens[k]!;
    if (!/^\s+$/u.test(token.post) || !(isRoleNoun(token.key) || isTitle(token.key))) break;
    roles.push(token.key);
  }
  const last = tokens[mention.endToken - 1];
  const next = tokens[mention.endToken];
  if (last && next && /^,\s+$/u.test(last.post) && /^(the|a|an|his|her|their)$/u.test(next.key)) {
    for (let k = mention.endToken + 1; k < Math.min(tokens.length, mention.endToken + 7); k++) {
      const token = tokens[k]!;
      if (isRoleNoun(token.key) || isTitle(token.key)) roles.push(token.key);
      if (/[,;:.]/u.test(token.post)) break;
    }
  }
  return roles;
}
