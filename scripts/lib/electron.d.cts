/** Types for electron.cjs, so TypeScript callers (tests, e2e set-up) import it checked. */
export interface ElectronLookup {
  binary: string | null;
  reason: string | null;
}

export function electronPackageDir(root: string): string;
export function findElectronBinary(root: string): string | null;
export function downloadElectron(root: string, options?: { timeoutMs?: number }): ElectronLookup;
export function nativeBindingPath(root: string): string;
export function electronCanLoad(electronBinary: string, bindingPath: string): boolean;
export function ensureElectronSqlite(
  root: string,
  electronBinary: string,
  log?: (message: string) => void,
): { binding: string; reason: null } | { binding: null; reason: string };
