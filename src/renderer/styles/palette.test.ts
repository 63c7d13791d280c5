/**
 * The light and dark palettes, as shipped in app.css, highlights.css and find/find.css, meet WCAG AA: text 4.5:1 on
 * every background it is drawn on, including every stack of overlapping highlight tints, and focus
 * rings, highlight lines and borders that carry meaning 3:1. Each highlight kind keeps its own line
 * style, so colour is never the only cue.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, stack, type Rgba } from './contrast';
import { themeVariables, type ThemeName } from './themeVariables';

const dir = path.dirname(new URL(import.meta.url).pathname);
const appCss = fs.readFileSync(path.join(dir, 'app.css'), 'utf8');
const highlightsCss = fs.readFileSync(path.join(dir, 'highlights.css'), 'utf8');
const findCss = fs.readFileSync(path.join(dir, '..', 'find', 'find.css'), 'utf8');
const SHEETS = [appCss, highlightsCss, findCss];
const THEMES: ThemeName[] = ['light', 'dark'];

function palette(theme: ThemeName) {
  const variables = themeVariables(SHEETS, theme);
  const color = (name: string): Rgba => {
    const value = variables.get(`--${name}`);
    if (value === undefined) throw new Error(`--${name} is not defined in the ${theme} theme`);
    return parseColor(value);
  };
  return { color, paper: color('paper') };
}

/** Every non-empty subset of the given layers, in painting order. */
function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) all.push(items.filter((_, i) => mask & (1 << i)));
  return all;
}

/** Each text colour and the backgrounds (opaque, or stacked on the page) it is drawn on. */
const TEXT_ON: Record<string, string[]> = {
  ink: ['paper', 'panel', 'panel-alt', 'field', 'hover', 'review-bg', 'lost', 'ins', 'kbd'],
  'ink-soft': ['paper'],
  muted: ['paper', 'panel', 'panel-alt', 'field', 'kbd', 'hover'],
  accent: ['paper', 'panel', 'panel-alt'],
  'accent-ink': ['accent'],
  danger: ['paper', 'panel', 'panel-alt', 'lost'],
  success: ['panel', 'panel-alt'],
  warning: ['panel', 'panel-alt'],
  'badge-ink': ['quote', 'source', 'claim'],
  'inverse-ink': ['inverse'],
  'del-ink': ['del'],
};

/** Lines and rings that must stand out from what is around them (WCAG 1.4.11, 3:1). */
const LINES_ON: Record<string, string[]> = {
  focus: ['paper', 'panel', 'panel-alt', 'field', 'hover'],
  'inverse-ink': ['inverse'],
  quote: ['paper', 'panel'],
  source: ['paper', 'panel'],
  claim: ['paper', 'panel'],
  review: ['paper'],
  /** The bar beside the article while the editor has focus (the editor draws no outline). */
  'editor-bar': ['paper'],
  'ins-line': ['ins'],
};

/** Highlight layers as highlights.css paints them: the suggestion wash is the background colour, tints are images over it. */
const HIGHLIGHT_LAYERS = ['suggestion-current', 'claim-tint', 'source-tint', 'quote-tint'];

describe.each(THEMES)('the %s theme', (theme) => {
  const { color, paper } = palette(theme);
  const onPage = (name: string) => stack(paper, color(name));

  it.each(Object.entries(TEXT_ON))('text in --%s meets 4.5:1 on its backgrounds', (text, backgrounds) => {
    for (const background of backgrounds) {
      const ratio = contrastRatio(color(text), onPage(background));
      expect(ratio, `--${text} on --${background}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(Object.entries(LINES_ON))('--%s stands out 3:1 from its backgrounds', (line, backgrounds) => {
    for (const background of backgrounds) {
      const ratio = contrastRatio(color(line), onPage(background));
      expect(ratio, `--${line} on --${background}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
    }
  });

  it('highlighted text (always --ink) stays 4.5:1 on every highlight and every overlap of highlights', () => {
    const worst: string[] = [];
    for (const layers of subsets(HIGHLIGHT_LAYERS)) {
      const background = stack(paper, ...layers.map(color));
      const ratio = contrastRatio(color('ink'), background);
      if (ratio < 4.5) worst.push(`--ink on ${layers.join(' + ')}: ${ratio.toFixed(2)}:1`);
    }
    expect(worst).toEqual([]);
  });

  it('found words (a match, or the current one) stay 4.5:1 under every overlap of highlights', () => {
    const worst: string[] = [];
    for (const find of ['find-match', 'find-current'])
      for (const layers of [[], ...subsets(HIGHLIGHT_LAYERS.slice(1))]) {
        const ratio = contrastRatio(color('ink'), stack(paper, color(find), ...layers.map(color)));
        if (ratio < 4.5) worst.push(`--ink on ${[find, ...layers].join(' + ')}: ${ratio.toFixed(2)}:1`);
      }
    expect(worst).toEqual([]);
    expect(contrastRatio(color('find-current-line'), onPage('paper'))).toBeGreaterThanOrEqual(3);
  });

  it('the active highlight outline and the line of each kind are visible on the tinted text', () => {
    for (const kind of ['quote', 'source', 'claim']) {
      const tinted = stack(paper, color(`${kind}-tint`));
      expect(contrastRatio(color(kind), tinted), `--${kind} on its tint`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color('ink'), tinted), `active outline on --${kind}-tint`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the two themes', () => {
  it('define the same colours', () => {
    const light = themeVariables(SHEETS, 'light');
    const darkOnly = [...SHEETS.join('\n').matchAll(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/g)]
      .flatMap((block) => [...block[1]!.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!))
      .sort();
    const colours = [...light].filter(([, value]) => /^(#|rgba?\()/.test(value)).map(([name]) => name);
    expect(darkOnly).toEqual([...colours].sort());
  });

  it('leave no literal colour in the rules: every colour comes from a theme variable', () => {
    for (const css of SHEETS) {
      const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/:root(\[data-theme='dark'\])?\s*\{[^}]*\}/g, '');
      expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi) ?? []).toEqual([]);
    }
  });
});

describe('highlight kinds', () => {
  const rule = (selector: string) => {
    const match = new RegExp(`\\${selector}\\s*\\{([^}]*)\\}`).exec(highlightsCss);
    if (!match) throw new Error(`${selector} is missing from highlights.css`);
    return match[1]!;
  };

  it('each draw a different line, so they differ without colour', () => {
    expect(rule('.pm-annotation-quote')).toMatch(/--bar-quote:\s*inset 0 -2px 0 0 var\(--quote\)/);
    expect(rule('.pm-annotation-source')).toMatch(/border-bottom:\s*2px dotted var\(--source\)/);
    expect(rule('.pm-annotation-claim')).toMatch(/text-decoration:\s*underline wavy var\(--claim\)/);
    expect(rule('.pm-annotation-review')).toMatch(/outline:\s*2px dashed/);
  });
});
