/**
 * The session report's stylesheet, inlined so the file stands alone; the same type and colours as
 * the annotated report. Verdict swatches keep their colour when printed, and always sit beside the
 * verdict's name.
 */
export const SESSION_REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Georgia, 'Times New Roman', serif; color: #1d1d1b; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4, .kicker, .meta, .generated, dl, table, .verdict, .history, .evidence { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.5rem; }
h2 { border-top: 2px solid #1d1d1b; padding-top: 0.6rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin: 0 0 0.4rem; }
h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: #5c5a55; margin: 0.8rem 0 0.2rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: #0b5d6b; margin: 0; font-weight: 700; }
.meta, .generated { color: #5c5a55; font-size: 0.9rem; margin: 0.2rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.4rem 0; font-size: 0.9rem; }
dt { color: #5c5a55; font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; }
.notes { white-space: pre-wrap; }
.swatch { display: inline-block; width: 0.85em; height: 0.85em; border-radius: 2px; border: 1px solid rgba(0, 0, 0, 0.35); vertical-align: -0.08em; margin-inline-end: 0.35em; }
.swatch-none { background: transparent; border-style: dashed; }
.verdict { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: start; font-weight: 700; margin-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #d9d6cc; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
td.count { text-align: end; font-variant-numeric: tabular-nums; }
.claim { border-top: 1px solid #d9d6cc; padding-top: 1rem; margin-top: 1.2rem; break-inside: avoid-page; }
.context { margin: 0.3rem 0 0.6rem; padding-inline-start: 0.8rem; border-inline-start: 3px solid #d9d6cc; color: #33312c; white-space: pre-wrap; }
.context mark { background: rgba(204, 121, 167, 0.28); color: inherit; text-decoration: underline wavy #a4487c; text-underline-offset: 3px; text-decoration-skip-ink: none; }
.none { font-family: system-ui, sans-serif; font-size: 0.9rem; color: #5c5a55; margin: 0.2rem 0; }
.detached { color: #a4262c; font-family: system-ui, sans-serif; font-size: 0.85rem; margin: 0.2rem 0; }
.evidence, .history { margin: 0; padding-inline-start: 1.3rem; font-size: 0.9rem; }
.evidence > li { margin-bottom: 0.4rem; }
.evidence dl { margin: 0.1rem 0 0; font-size: 0.85rem; }
.url { color: #5c5a55; font-size: 0.85em; word-break: break-all; }
.history .when { color: #5c5a55; }
.history .value { white-space: pre-wrap; }
a { color: #0b5d6b; }
@media print { body { margin: 0 auto; max-width: none; } a { color: inherit; } }
`;
