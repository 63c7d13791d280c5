/**
 * `npm run eval:suggest [-- --verbose] [-- --heldout]`: runs the suggestion engine over the hand-labelled
 * articles and prints precision, recall and F1 per kind, speaker accuracy and per-article rows; --verbose adds
 * every miss and false positive.
 *
 * Two sets: eval/suggest/gold/ (the development set, which the engine's authors saw while writing it) and
 * eval/suggest/heldout/gold/ (written afterwards by someone else and never used to tune the engine: its
 * figures are the honest estimate on unseen copy). Both are printed; --heldout prints only the held-out set.
 *
 * Exits 1 when a gold file is malformed or its spans no longer match the text, 0 otherwise (the targets are
 * asserted on the development set by eval/suggest/evalTargets.test.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../eval/suggest/formatReport';
import { GoldDriftError, MalformedGoldError } from '../eval/suggest/goldFiles';
import { evaluate } from '../eval/suggest/runEvaluation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const heldOutOnly = process.argv.includes('--heldout');

const SETS = [
  { title: 'Development set (eval/suggest/gold: seen while the engine was written)', dir: path.join(root, 'eval', 'suggest', 'gold') },
  { title: 'Held-out set (eval/suggest/heldout/gold: never used for tuning)', dir: path.join(root, 'eval', 'suggest', 'heldout', 'gold') },
];

try {
  for (const set of heldOutOnly ? SETS.slice(1) : SETS) {
    console.log(`== ${set.title}\n`);
    console.log(formatReport(evaluate(root, set.dir), { verbose }));
    console.log('');
  }
} catch (error) {
  if (error instanceof MalformedGoldError || error instanceof GoldDriftError) {
    console.error(`eval:suggest: ${error.name}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
