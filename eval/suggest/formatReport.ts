/** The evaluation as readable text: a table per kind, speaker accuracy, per-article rows, and (verbose) every miss. */
import type { Suggestion } from '../../src/shared/suggest/suggestionTypes';
import { missedTargets, TARGETS, type Evaluation } from './runEvaluation';
import type { KindScore, Span } from './scoreSuggestions';

const f3 = (value: number) => value.toFixed(3);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}

function kindRow(name: string, score: KindScore): string[] {
  return [
    name,
    f3(score.precision),
    f3(score.recall),
    f3(score.f1),
    String(score.truePositives),
    String(score.falsePositives),
    String(score.falseNegatives),
  ];
}

export function formatReport(evaluation: Evaluation, options: { verbose?: boolean } = {}): string {
  const { overall } = evaluation;
  const lines: string[] = [];
  lines.push(`Suggestion engine evaluation: ${evaluation.articles.length} article(s)`);
  for (const skipped of evaluation.skipped) lines.push(`  SKIPPED ${skipped.id}: text not found at ${skipped.textPath}`);
  lines.push('');
  lines.push(
    table([
      ['kind (micro)', 'P', 'R', 'F1', 'TP', 'FP', 'FN'],
      kindRow('quote', overall.quotes),
      kindRow('source', overall.sources),
      kindRow('claim', overall.claims),
    ]),
  );
  lines.push('');
  lines.push(
    `speaker accuracy       ${f3(overall.speakers.accuracy)}  (${overall.speakers.correct}/${overall.speakers.judged} matched quotes with a named speaker)`,
  );
  lines.push(
    `source type accuracy   ${f3(overall.sourceTypes.accuracy)}  (${overall.sourceTypes.correct}/${overall.sourceTypes.judged} matched sources; informative)`,
  );
  lines.push(`claims at default      P ${f3(overall.claims.precision)}  R ${f3(overall.claims.recall)}`);
  lines.push(
    `claim precision@k      ${f3(overall.claimRanking.precisionAtK)}  (${overall.claimRanking.hits}/${overall.claimRanking.k}, k = gold claims per article)`,
  );
  lines.push('');
  const rows = [['article', 'quote P/R/F1', 'source P/R/F1', 'claim P/R/F1', 'speaker', 'claim P@k']];
  const prf = (score: KindScore) => `${score.precision.toFixed(2)}/${score.recall.toFixed(2)}/${score.f1.toFixed(2)}`;
  for (const { article, score } of evaluation.articles) {
    rows.push([
      article.id,
      prf(score.quotes.score),
      prf(score.sources.score),
      prf(score.claims.score),
      `${score.speakers.correct}/${score.speakers.judged}`,
      score.claimRanking.precisionAtK.toFixed(2),
    ]);
  }
  lines.push(table(rows));
  lines.push('');
  const missed = missedTargets(overall);
  lines.push(
    missed.length === 0
      ? `targets met: quote F1 ≥ ${TARGETS.quoteF1}, speaker accuracy ≥ ${TARGETS.speakerAccuracy}, claim recall ≥ ${TARGETS.claimRecall} at precision ≥ ${TARGETS.claimPrecision}`
      : `TARGETS MISSED: ${missed.join('; ')}`,
  );
  if (options.verbose) lines.push('', ...verboseLines(evaluation));
  return lines.join('\n');
}

function verboseLines(evaluation: Evaluation): string[] {
  const lines: string[] = [];
  for (const { article, score } of evaluation.articles) {
    const quote = (span: Span) => JSON.stringify(shorten(article.text.slice(span.start, span.end)));
    lines.push(`── ${article.id}`);
    for (const kind of ['quotes', 'sources', 'claims'] as const) {
      for (const gold of score[kind].missed) lines.push(`  miss ${kind.slice(0, -1).padEnd(6)} ${gold.start}-${gold.end} ${quote(gold)}`);
      for (const predicted of score[kind].falsePositives)
        lines.push(`  FP   ${kind.slice(0, -1).padEnd(6)} ${predicted.start}-${predicted.end} ${quote(predicted)} ${describe(predicted)}`);
    }
    for (const wrong of score.speakers.wrong) {
      lines.push(
        `  speaker ${quote(wrong.gold)}: gold ${JSON.stringify(wrong.gold.speaker)}, got ${JSON.stringify(wrong.predicted ?? null)}`,
      );
    }
    for (const match of score.sources.matches) {
      if (match.predicted.sourceType !== match.gold.sourceType) {
        lines.push(`  source type ${quote(match.gold)}: gold ${match.gold.sourceType}, got ${match.predicted.sourceType ?? 'none'}`);
      }
    }
  }
  return lines;
}

function describe(suggestion: Suggestion): string {
  const parts = [`(${suggestion.reason}`];
  if (suggestion.kind === 'claim') parts.push(`score ${suggestion.score.toFixed(2)}`);
  if (suggestion.speaker) parts.push(`speaker ${suggestion.speaker}`);
  if (suggestion.source) parts.push(`source ${suggestion.source} [${suggestion.sourceType}]`);
  return `${parts.join('; ')})`;
}

function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}
