/**
 * Every schema migration, in order. One file per step, never edited once released:
 * a change to the schema is a new numbered file appended here.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_versions_and_anchoring';
import { migration003 } from './003_fact_checking';
import { migration004 } from './004_suggestion_rejections';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
