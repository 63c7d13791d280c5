/**
 * Every Node-side benchmark in one `Bench`: storage (store_write, store_list), re-anchoring (reanchor,
 * reanchor_wrong), exports (export_html_10k, export_jsonld_10k), the main process's longest stall (main_stall_max)
 * and the suggestion engine (suggest_10k_words). Each group builds its own workload and temporary data directory.
 */
import type { Bench, BenchFigure } from '../benchTypes';
import { benchStore } from './storeBench';
import { benchReanchor } from './reanchorBench';
import { benchExport } from './exportBench';
import { benchStall } from './stallBench';
import { benchSuggest } from './suggestBench';

export const benchNode: Bench = async (options) => {
  const figures: BenchFigure[] = [];
  for (const group of [benchStore, benchReanchor, benchExport, benchStall, benchSuggest]) figures.push(...(await group(options)));
  return figures;
};
