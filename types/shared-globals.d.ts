/**
 * The few web-standard globals that both Node and every browser provide, declared for
 * src/shared alone. src/shared is type-checked without the DOM library and without Node's
 * types, so anything used here must exist in both worlds.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}

declare const console: {
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
