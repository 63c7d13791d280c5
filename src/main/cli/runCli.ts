/**
 * The `pressmark` command line: the same services as the app, scriptable.
 *
 *   pressmark import ARTICLE_FILE [--annotations FILE.jsonld]   prints the new document's id
 *   pressmark list                                             one JSON line per document
 *   pressmark export DOCUMENT_ID --format FORMAT [--out FILE]   writes the export (stdout without --out);
 *                                                             claimreview lists the claims it left out on stderr
 *   pressmark update DOCUMENT_ID NEW_TEXT_FILE                  a new version; prints where annotations went
 *   pressmark suggest FILE                                     one JSON line per suggested quote, source or claim;
 *                                                             offsets in UTF-16 code units of the file's text as read
 *   pressmark backups list|create|restore BACKUP|latest        the rolling backups (see backupsCommand.ts)
 *
 * Every command takes --data-dir DIR (else PRESSMARK_DATA_DIR, else the app's own folder).
 * Exit codes: 0 done, 1 the work failed (a readable message on stderr), 2 the command was wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/contract/errors';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../../shared/export/exportFormats';
import { resolveDataDir } from '../config/dataDir';
import { importArticleFile, IMPORTABLE_EXTENSIONS } from '../import/importArticleFile';
import { suggest } from '../../shared/suggest/suggest';
import type { Suggestion } from '../../shared/suggest/suggestionTypes';
import { decodeText } from '../../shared/text/decodeText';
import { docPlainText } from '../../shared/text/textIndex';
import { parseDocJson } from '../../shared/editor/docJson';
import { definedOnly } from '../../shared/util/definedOnly';
import { ImportError } from '../../shared/import/articleFromFile';
import { extensionOf, MARKDOWN_EXTENSIONS, MAX_IMPORT_BYTES, TEXT_EXTENSIONS, tooLargeMessage } from '../../shared/import/fileTypes';
import { startServices } from '../services/startup';
import type { Services } from '../services/services';
import { announced, BACKUP_ACTIONS, runBackups, type BackupAction } from './backupsCommand';

export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: NodeJS.ProcessEnv;
  resourcesDir: string;
}

export const USAGE = `Usage:
  pressmark import ARTICLE_FILE [--annotations FILE.jsonld] [--data-dir DIR]
  pressmark list [--data-dir DIR]
  pressmark export DOCUMENT_ID --format ${EXPORT_FORMAT_NAMES.join('|')} [--out FILE] [--data-dir DIR]
  pressmark update DOCUMENT_ID NEW_TEXT_FILE [--data-dir DIR]
  pressmark suggest FILE
  pressmark backups list|create [--data-dir DIR]
  pressmark backups restore BACKUP_FILE_NAME|latest [--data-dir DIR]
`;

class UsageError extends Error {}

const OPTIONS = {
  'data-dir': { type: 'string' },
  annotations: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let services: Services | undefined;
  try {
    const { values, positionals } = parseArguments(argv);
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    const open = () =>
      (services ??= announced(
        startServices({
          dataDir: dataDirFor(values['data-dir'], io),
          resourcesDir: io.resourcesDir,
          seedSample: false,
          dailyBackup: false,
        }),
        io,
      ));
    switch (command) {
      case 'import': {
        const file = single(rest, 'ARTICLE_FILE');
        const annotations = values.annotations ? readFile(io, values.annotations) : undefined;
        const result = await open().imports.importDocument({ file: readFile(io, file), ...(annotations ? { annotations } : {}) });
        for (const ignored of result.ignored)
          io.stderr.write(`pressmark: annotation ${ignored.index + 1} not imported: ${ignored.reason}\n`);
        io.stdout.write(`${result.document.id}\n`);
        return 0;
      }
      case 'list': {
        if (rest.length) throw new UsageError(`list takes no arguments (got "${rest.join(' ')}").`);
        for (const document of open().documents.list()) {
          io.stdout.write(`${JSON.stringify({ id: document.id, title: document.title, annotationCount: document.annotationCount })}\n`);
        }
        return 0;
      }
      case 'export': {
        const id = single(rest, 'DOCUMENT_ID');
        const format = values.format;
        if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMAT_NAMES.join(', ')}).`);
        if (!(EXPORT_FORMAT_NAMES as readonly string[]).includes(format)) {
          throw new UsageError(`Unknown format "${format}": use one of ${EXPORT_FORMAT_NAMES.join(', ')}.`);
        }
        const binary = format === 'pdf' || format === 'docx';
        if (!values.out && binary && io.stdout.isTTY)
          throw new UsageError(`A ${format} file cannot be shown in a terminal: add --out FILE.`);
        const file = await open().exports.exportFile(id, format as ExportFormat);
        for (const note of file.notes) io.stderr.write(`pressmark: ${note}\n`);
        if (values.out) {
          const target = path.resolve(io.cwd, values.out);
          fs.writeFileSync(target, file.data);
          io.stderr.write(`pressmark: wrote ${target} (${file.data.length.toLocaleString('en')} bytes)\n`);
        } else {
          io.stdout.write(file.data);
        }
        return 0;
      }
      case 'update': {
        if (rest.length !== 2) throw new UsageError('update needs DOCUMENT_ID and NEW_TEXT_FILE.');
        const [id, file] = rest as [string, string];
        const { fileName, bytes } = readFile(io, file);
        let content;
        try {
          content = (await importArticleFile(fileName, bytes)).content;
        } catch (error) {
          throw error instanceof ImportError ? new ApiError('invalid_input', error.message) : error;
        }
        const { counts } = open().versions.reviseContent(id, content);
        io.stdout.write(
          `${JSON.stringify({ exact: counts.exact, moved: counts.moved, fuzzy: counts.fuzzy, review: counts.review, orphaned: counts.orphaned })}\n`,
        );
        return 0;
      }
      case 'suggest': {
        const { fileName, bytes } = readFile(io, single(rest, 'FILE'));
        const text = await suggestionText(fileName, bytes, io);
        for (const suggestion of suggest(text)) io.stdout.write(`${JSON.stringify(suggestionLine(suggestion))}\n`);
        return 0;
      }
      case 'backups': {
        const [action, ...names] = rest;
        const valid = (BACKUP_ACTIONS as readonly string[]).includes(action ?? '') && names.length === (action === 'restore' ? 1 : 0);
        if (!valid) throw new UsageError('backups takes list, create, or restore BACKUP_FILE_NAME|latest.');
        await runBackups(action as BackupAction, names[0], open(), io);
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`pressmark: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`pressmark: ${describe(error)}\n`);
    return 1;
  } finally {
    await services?.close();
  }
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** --data-dir is relative to where the user is, like every other path on the command line. */
function dataDirFor(flag: string | undefined, io: CliIo): string {
  return resolveDataDir(flag === undefined ? undefined : path.resolve(io.cwd, flag), io.env);
}

function single(values: string[], name: string): string {
  if (values.length !== 1) throw new UsageError(values.length === 0 ? `Missing ${name}.` : `Expected one ${name}, got ${values.length}.`);
  return values[0] as string;
}

function readFile(io: CliIo, file: string): { fileName: string; bytes: Uint8Array } {
  const target = path.resolve(io.cwd, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new ApiError('not_found', `Cannot read "${file}": no such file.`);
  }
  if (!stat.isFile()) throw new ApiError('invalid_input', `"${file}" is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) throw new ApiError('limit_exceeded', tooLargeMessage(path.basename(file), stat.size));
  return { fileName: path.basename(target), bytes: fs.readFileSync(target) };
}

/**
 * The text suggestions are found in: a text or Markdown file as read (decoded, nothing else
 * changed, so offsets index the file's own text); for web pages and Word files, the article
 * text Pressmark extracts from them, which a note on stderr says.
 */
async function suggestionText(fileName: string, bytes: Uint8Array, io: CliIo): Promise<string> {
  const extension = extensionOf(fileName);
  if (TEXT_EXTENSIONS.includes(extension) || MARKDOWN_EXTENSIONS.includes(extension)) return decodeText(bytes).text;
  if (!IMPORTABLE_EXTENSIONS.includes(extension)) {
    throw new ApiError('invalid_input', `"${fileName}" is not a file Pressmark reads (use ${IMPORTABLE_EXTENSIONS.join(', ')}).`);
  }
  try {
    const article = await importArticleFile(fileName, bytes);
    io.stderr.write(`pressmark: offsets refer to the article text extracted from ${fileName}, not to its markup.\n`);
    return docPlainText(parseDocJson(article.content));
  } catch (error) {
    throw error instanceof ImportError ? new ApiError('invalid_input', error.message) : error;
  }
}

/** The JSON line printed for one suggestion: exactly the documented fields, in a fixed order. */
function suggestionLine(suggestion: Suggestion): Record<string, unknown> {
  const { kind, start, end, exact, speaker, source, score } = suggestion;
  return definedOnly({ kind, start, end, exact, speaker, source, score: Math.round(score * 1000) / 1000 });
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
