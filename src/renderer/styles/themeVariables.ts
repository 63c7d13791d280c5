/**
 * Reads the themes out of the stylesheets: the custom properties declared on `:root` (light) and
 * on `:root[data-theme='dark']` (dark, over the light ones), with `var(--x)` references resolved.
 * Pure text processing, so a test can check the very values the app ships.
 */

export type ThemeName = 'light' | 'dark';
export type ThemeVariables = ReadonlyMap<string, string>;

const BLOCKS: Record<ThemeName, RegExp> = {
  light: /:root\s*\{([^}]*)\}/g,
  dark: /:root\[data-theme=['"]dark['"]\]\s*\{([^}]*)\}/g,
};

function declarations(css: string, block: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(block)) {
    for (const declaration of match[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) found.set(declaration[1]!, declaration[2]!.trim());
  }
  return found;
}

/** The resolved custom properties of one theme, from every stylesheet given. */
export function themeVariables(stylesheets: readonly string[], theme: ThemeName): ThemeVariables {
  const raw = new Map<string, string>();
  for (const css of stylesheets) for (const [name, value] of declarations(css, BLOCKS.light)) raw.set(name, value);
  if (theme === 'dark') for (const css of stylesheets) for (const [name, value] of declarations(css, BLOCKS.dark)) raw.set(name, value);
  const resolve = (value: string, seen: readonly string[]): string =>
    value.replace(/var\((--[\w-]+)\)/g, (_all, name: string) => {
      if (seen.includes(name)) throw new Error(`Circular custom property ${name}`);
      const target = raw.get(name);
      if (target === undefined) throw new Error(`Undefined custom property ${name}`);
      return resolve(target, [...seen, name]);
    });
  return new Map([...raw].map(([name, value]) => [name, resolve(value, [name])]));
}
