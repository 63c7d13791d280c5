/**
 * The revision corpus (corpus/revisions.json, made by scripts/make-revision-corpus.mjs): every
 * annotation in every scenario must land on the words written down for it, or be orphaned when it
 * should be. Prints a table of outcomes per scenario.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRevisionCorpus, type RevisionScenario } from './corpus/revisionCorpus';
import { countOutcomes, needsReview, reanchor, type AnchorOutcome } from './index';

const FIXTURE = path.join('..', 'shared', 'fixtures', '000_16baf4ff779ed96d.txt');
const fixture = readFileSync(FIXTURE, 'utf8');
const scenarios = loadRevisionCorpus(fixture);

/** Why an outcome does not meet its expectation, or null when it does. */
function mismatch(scenario: RevisionScenario, index: number, outcome: AnchorOutcome): string | null {
  const expected = scenario.expectations[index];
  const target = scenario.targets[index];
  if (!expected || !target) return 'no expectation';
  const landed = outcome.range ? JSON.stringify(scenario.newText.slice(outcome.range.start, outcome.range.end)) : 'nothing';
  const label = `${target.id} (${outcome.status}, ${outcome.confidence})`;
  if (expected.kind === 'orphan') return outcome.status === 'orphaned' ? null : `${label} should be orphaned, landed on ${landed}`;
  if (!outcome.range) return `${label} should land on ${JSON.stringify(expected.text)}, was orphaned`;
  const { start, end } = outcome.range;
  if (!expected.ranges.some((range) => range.start === start && range.end === end)) {
    return `${label} should land on ${JSON.stringify(expected.text)} at ${expected.ranges.map((r) => r.start).join(' or ')}, landed on ${landed} at ${start}`;
  }
  if (expected.status && expected.status !== outcome.status) return `${label} should be ${expected.status}`;
  if (expected.review !== undefined && expected.review !== needsReview(outcome)) {
    return `${label} should ${expected.review ? '' : 'not '}need review`;
  }
  return null;
}

describe('revision corpus', () => {
  const rows: Record<string, ReturnType<typeof countOutcomes>> = {};

  it('has the scenarios the issue asks for, without the article text', () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual([
      'word edits',
      'sentences inserted and deleted',
      'paragraph moved',
      'quote reworded',
      'quote removed',
      'quote twice',
      'curly to straight quotes',
      'whitespace',
      '1% edits at 50 sites',
    ]);
    const json = readFileSync(path.join(__dirname, 'corpus', 'revisions.json'), 'utf8');
    // No paragraph of the article is in the corpus, and no run of more than ten of its words.
    for (const paragraph of fixture.split('\n\n').filter((p) => p.length > 80)) expect(json).not.toContain(paragraph);
    const words = fixture.split(/\s+/);
    for (let i = 0; i + 11 <= words.length; i++) expect(json).not.toContain(words.slice(i, i + 11).join(' '));
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: every annotation lands where written down`, () => {
      const outcomes = reanchor(scenario.oldText, scenario.newText, scenario.targets);
      const problems = outcomes.map((outcome, index) => mismatch(scenario, index, outcome)).filter((problem) => problem !== null);
      rows[scenario.name] = countOutcomes(outcomes);
      expect(problems).toEqual([]);
      for (const outcome of outcomes) {
        if (outcome.confidence === 1)
          expect(scenario.newText.slice(outcome.range.start, outcome.range.end)).toBe(scenario.targets[outcomes.indexOf(outcome)]?.exact);
      }
    });
  }

  it('prints the outcome counts', () => {
    const header = `${'scenario'.padEnd(32)} exact moved fuzzy review orphaned`;
    const lines = Object.entries(rows).map(
      ([name, c]) =>
        `${name.padEnd(32)} ${String(c.exact).padStart(5)} ${String(c.moved).padStart(5)} ${String(c.fuzzy).padStart(5)} ${String(c.review).padStart(6)} ${String(c.orphaned).padStart(8)}`,
    );
    console.log(['Re-anchoring, revision corpus:', header, ...lines].join('\n'));
    expect(lines.length).toBe(scenarios.length);
  });
});
