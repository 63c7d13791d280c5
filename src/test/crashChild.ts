/**
 * The child process of the crash-safety test (run with `node --import tsx`): opens the real services
 * on a data directory, then writes annotations through the dispatcher as fast as it can, printing
 * `ack <id>` after each call has returned (the commit is then on disk: WAL + synchronous=FULL).
 * The parent SIGKILLs it at a random moment. stdout is a pipe, and pipe writes are synchronous on
 * POSIX, so an ack printed is an ack the parent receives.
 *
 *   node --import tsx src/test/crashChild.ts DATA_DIR RESOURCES_DIR
 * (the test runs it bundled by esbuild, the compiler tsx uses, which starts twice as fast).
 */
import { startServices } from '../main/services/startup';
import { createDispatcher } from '../main/api/dispatch';
import { plainTextToDoc } from '../shared/editor/fromPlainText';

const TEXT = 'The mayor said the budget would rise. Critics said the figures were wrong. Police counted 4,000 people.';
const WORDS = ['The mayor said', 'the budget would rise', 'Critics said', 'the figures were wrong', 'Police counted 4,000 people'];
const KINDS = ['quote', 'source', 'claim'] as const;

async function main(): Promise<void> {
  const [dataDir, resourcesDir] = process.argv.slice(2);
  if (!dataDir || !resourcesDir) throw new Error('usage: crashChild DATA_DIR RESOURCES_DIR');
  const services = startServices({ dataDir, resourcesDir, seedSample: false, workerScript: false });
  const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: string };
  };
  const document = await call('documents.create', { title: `Crash ${process.pid}`, content: plainTextToDoc(TEXT).toJSON() });
  process.stdout.write(`ready ${document.id}\n`);
  for (let i = 0; ; i++) {
    const words = WORDS[i % WORDS.length] as string;
    const start = TEXT.indexOf(words);
    const kind = KINDS[i % KINDS.length] as (typeof KINDS)[number];
    const fields = kind === 'quote' ? { speaker: `Speaker ${i}` } : kind === 'source' ? { sourceName: `Source ${i}` } : {};
    const annotation = await call('annotations.create', {
      documentId: document.id,
      kind,
      start,
      end: start + words.length,
      note: `n${i}`,
      ...fields,
    });
    process.stdout.write(`ack ${annotation.id}\n`);
    // Every few writes, a bigger transaction too: an update that touches the row and the document.
    if (i % 7 === 6) await call('annotations.update', { id: annotation.id, changes: { note: `updated ${i}` } });
    // Requests reach the real app as events; yielding to the event loop lets the daily backup run
    // (page by page) between writes, so some kills land in the middle of a backup too.
    if (i % 3 === 2) await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crashChild: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
