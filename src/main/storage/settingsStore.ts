/**
 * Key/value settings. Values are JSON; unknown keys are ignored on read.
 */
import type { Database, Statement } from 'better-sqlite3';

export class SettingsStore {
  private readonly getStatement: Statement<[string], { value: string }>;
  private readonly setStatement: Statement;

  constructor(db: Database) {
    this.getStatement = db.prepare(`SELECT value FROM settings WHERE key = ?`);
    this.setStatement = db.prepare(`
      INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  }

  get(key: string): unknown {
    const row = this.getStatement.get(key);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value);
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.setStatement.run(key, JSON.stringify(value));
  }
}
