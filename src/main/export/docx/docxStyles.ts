/**
 * The Word report's look: fonts, colours, indents, the document's styles, and the highlight of
 * each annotation kind. Fills are close to the app's highlights (highlights.css), and each kind
 * also has its own underline (quote single, source dotted, claim wave) so colour is not the only cue.
 */
import { ShadingType, UnderlineType, type IRunOptions, type IStylesOptions } from 'docx';
import type { AnnotationKind } from '../../../shared/domain/annotation';

export const FONT_BODY = 'Georgia';
export const FONT_UI = 'Arial';

export const COLOURS = {
  text: '1D1D1B',
  muted: '5C5A55',
  accent: '0B5D6B',
  rule: 'D9D6CC',
  detached: 'A4262C',
  tableHead: 'F3F1EC',
} as const;

/** Twips (1/20 pt) per indent level: a quarter of an inch. */
export const INDENT_STEP = 360;

/** Half-points, as Word counts font sizes. */
export const SIZES = { body: 22, small: 18, kicker: 16, superscript: 16 } as const;

interface KindHighlight {
  fill: string;
  underline: (typeof UnderlineType)[keyof typeof UnderlineType];
  line: string;
}

export const KIND_HIGHLIGHT: Record<AnnotationKind, KindHighlight> = {
  quote: { fill: 'CDE8F8', underline: UnderlineType.SINGLE, line: '0072B2' },
  source: { fill: 'F9E5BF', underline: UnderlineType.DOTTED, line: 'A06A00' },
  claim: { fill: 'F1D7E6', underline: UnderlineType.WAVE, line: 'A4487C' },
};

/** Run formatting that marks text as annotated with one kind: its fill and its underline. */
export function highlightRun(kind: AnnotationKind): Pick<IRunOptions, 'shading' | 'underline'> {
  const { fill, underline, line } = KIND_HIGHLIGHT[kind];
  return { shading: { type: ShadingType.CLEAR, fill, color: 'auto' }, underline: { type: underline, color: line } };
}

/** Run formatting for secondary text: meta lines, captions, URLs. */
export const MUTED_RUN = { font: FONT_UI, size: SIZES.small, color: COLOURS.muted } as const satisfies IRunOptions;

const heading = (size: number) => ({
  run: { font: FONT_UI, size, bold: true, color: COLOURS.text },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

export function reportStyles(language: string | null): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT_BODY, size: SIZES.body, color: COLOURS.text, ...(language ? { language: { value: language } } : {}) },
        paragraph: { spacing: { after: 160, line: 300 } },
      },
      title: { run: { font: FONT_UI, size: 40, bold: true, color: COLOURS.text }, paragraph: { spacing: { before: 40, after: 120 } } },
      heading1: heading(34),
      heading2: heading(28),
      heading3: heading(24),
      heading4: heading(22),
      heading5: heading(21),
      heading6: heading(20),
    },
  };
}
