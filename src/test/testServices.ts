/**
 * Test helpers: real services and a real dispatcher over an in-memory (or temporary on-disk)
 * database, and small document builders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openMemoryDatabase } from '../main/storage/database';
import { createServices, type Services } from '../main/services/services';
import { createDispatcher } from '../main/api/dispatch';
import { createApiClient, type ApiClient } from '../shared/contract/client';
import { plainTextToDoc } from '../shared/editor/fromPlainText';
import type { PmNodeJson } from '../shared/domain/document';
import type { Clock } from '../main/services/clock';

export interface TestApi {
  services: Services;
  dispatch: ReturnType<typeof createDispatcher>;
  client: ApiClient;
}

/** Services on an in-memory database, reached through the same dispatcher every host uses. */
export function createTestApi(clock?: Clock): TestApi {
  const services = createServices(openMemoryDatabase(), clock ? { clock } : {});
  const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
  // A structured clone mimics the process boundary: no object is shared between caller and services.
  const client = createApiClient(async (method, input) => structuredClone(await dispatch(method, structuredClone(input))));
  return { services, dispatch, client };
}

export function docJson(text: string): PmNodeJson {
  return plainTextToDoc(text).toJSON() as PmNodeJson;
}

export function tempDir(prefix = 'pressmark-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock that moves one second per reading, from a fixed start. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): Clock {
  let now = start;
  return () => new Date((now += 1000)).toISOString();
}

export const FIXTURE_PATH = path.resolve(__dirname, '../../../shared/fixtures/000_16baf4ff779ed96d.txt');

export function readFixture(): string {
  return fs.readFileSync(FIXTURE_PATH, 'utf8');
}
