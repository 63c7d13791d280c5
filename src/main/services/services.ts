/**
 * Pressmark's main-side services over one database: the implementation of every contract
 * method, plus the few housekeeping jobs hosts run at start-up.
 */
import type { Database } from 'better-sqlite3';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import { AnnotationStore } from '../storage/annotationStore';
import { DocumentStore } from '../storage/documentStore';
import { SettingsStore } from '../storage/settingsStore';
import { AnnotationsService } from './annotationsService';
import { DocumentsService } from './documentsService';
import { SettingsService } from './settingsService';
import { systemClock, type Clock } from './clock';
import { ExportsService } from './exportsService';
import { ImportsService } from './importsService';
import { VersionsService } from './versionsService';
import { VersionStore } from '../storage/versionStore';
import { HistoryStore } from '../storage/historyStore';
import { SessionStore } from '../storage/sessionStore';
import { ClaimHistory } from './claimHistory';
import { SessionsService } from './sessionsService';
import { RejectionStore } from '../storage/rejectionStore';
import { SuggestionsService } from './suggestionsService';
import { chromiumPdfRenderer, type PdfRenderer } from '../export/pdfRenderer';
import { BackupsService, type LibraryFiles } from './backupsService';
import type { BackgroundJobs } from '../workers/backgroundJobs';

/** Writes are synchronous (better-sqlite3), so they apply in arrival order; exports and imports' parsing may await. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export interface ServiceOptions {
  clock?: Clock;
  /** How PDFs are printed: Electron's own printer in the app, headless Chromium elsewhere. */
  renderPdf?: PdfRenderer;
  /** The library's files (for backups and start-up notices); absent for an in-memory database. */
  library?: LibraryFiles;
  /** Where imports are parsed and exports rendered (a worker pool); without it, inline on this thread. */
  jobs?: BackgroundJobs;
}

export interface Services {
  db: Database;
  documents: DocumentsService;
  annotations: AnnotationsService;
  settings: SettingsService;
  settingsStore: SettingsStore;
  exports: ExportsService;
  imports: ImportsService;
  versions: VersionsService;
  sessions: SessionsService;
  history: ClaimHistory;
  suggestions: SuggestionsService;
  backups: BackupsService;
  handlers: ApiHandlers;
  /** Closes the database now and stops the background workers (settles when they have stopped). */
  close(): Promise<void>;
}

export function createServices(db: Database, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  const documentStore = new DocumentStore(db);
  const annotationStore = new AnnotationStore(db);
  const settingsStore = new SettingsStore(db);
  const settings = new SettingsService(settingsStore, () => annotationStore.verdictUse());
  const documents = new DocumentsService(db, documentStore, annotationStore, clock);
  const sessionStore = new SessionStore(db);
  const history = new ClaimHistory(new HistoryStore(db), sessionStore, () => settings.get().authorName);
  const annotations = new AnnotationsService(db, documentStore, annotationStore, history, clock, () => settings.get().authorName);
  const sessions = new SessionsService(documentStore, sessionStore, clock, () => settings.get().authorName);
  const exports = new ExportsService(
    documents,
    annotations,
    settings,
    sessions,
    history,
    options.renderPdf ?? chromiumPdfRenderer(),
    clock,
    options.jobs,
  );
  const imports = new ImportsService(db, documents, annotations, () => settings.get().verdictScale, options.jobs);
  const suggestions = new SuggestionsService(db, documentStore, new RejectionStore(db), clock);
  const versions = new VersionsService(db, documentStore, annotationStore, new VersionStore(db), clock);
  const backups = new BackupsService(db, options.library ?? null, clock);

  const handlers: ApiHandlers = {
    'documents.list': () => documents.list(),
    'documents.get': (input) => documents.get(input),
    'documents.create': (input) => documents.create(input),
    'documents.update': (input) => documents.update(input),
    'documents.delete': (input) => documents.delete(input),
    'documents.restore': (input) => documents.restore(input),
    'documents.import': (input) => imports.importDocumentFromContract(input),
    'documents.export': (input) => exports.export(input),
    'documents.revise': (input) => versions.revise(input),
    'documents.versions': (input) => versions.list(input),
    'documents.diff': (input) => versions.diff(input),
    'annotations.list': (input) => annotations.list(input),
    'annotations.get': (input) => annotations.get(input),
    'annotations.create': (input) => annotations.create(input),
    'annotations.createMany': (input) => annotations.createMany(input),
    'annotations.update': (input) => annotations.update(input),
    'annotations.delete': (input) => annotations.delete(input),
    'annotations.restore': (input) => annotations.restore(input),
    'annotations.import': (input) => imports.importAnnotationsFromContract(input),
    'annotations.reattach': (input) => annotations.reattach(input),
    'annotations.acceptAnchor': (input) => annotations.acceptAnchor(input),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'settings.editVerdictScale': (input) => settings.editVerdictScale(input),
    'annotations.history': ({ annotationId }) => (annotations.get({ id: annotationId }), history.forAnnotation(annotationId)),
    'sessions.list': (input) => sessions.list(input),
    'sessions.start': (input) => sessions.start(input),
    'sessions.update': (input) => sessions.update(input),
    'sessions.setState': (input) => sessions.setState(input),
    'sessions.export': (input) => exports.exportSession(input),
    'suggestions.rejected': (input) => suggestions.rejected(input),
    'suggestions.reject': (input) => suggestions.reject(input),
    'suggestions.unreject': (input) => suggestions.unreject(input),
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create(),
    'backups.restore': (input) => backups.restore(input),
    'app.notices': () => backups.notices(),
  };

  // The database closes at once (workers read through their own connections); the promise settles when the workers are gone.
  const close = () => {
    const stopping = options.jobs?.close() ?? Promise.resolve();
    if (db.open) db.close();
    return stopping;
  };
  return {
    db,
    documents,
    annotations,
    settings,
    settingsStore,
    exports,
    imports,
    versions,
    sessions,
    history,
    suggestions,
    backups,
    handlers,
    close,
  };
}
