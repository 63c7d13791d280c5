/**
 * The report's stylesheet, inlined so the file stands alone. Same highlight scheme as the app:
 * Okabe–Ito colours plus a line style per kind, layered so overlaps show every kind, and kept
 * when printing.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Georgia, 'Times New Roman', serif; color: #1d1d1b; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, .kicker, .meta, .generated, .legend, .notes dl, table, .badge { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.5rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: #0b5d6b; margin: 0; font-weight: 700; }
.meta, .generated { color: #5c5a55; font-size: 0.9rem; margin: 0.2rem 0; }
.legend { border: 1px solid #d9d6cc; border-radius: 6px; padding: 0.4rem 0.8rem; margin: 1.2rem 0; font-size: 0.85rem; }
.legend-title { font-size: 0.8rem; margin: 0.2rem 0; text-transform: uppercase; letter-spacing: 0.06em; color: #5c5a55; }
.legend ul { list-style: none; padding: 0; margin: 0.2rem 0; display: flex; gap: 1.2rem; }
.legend p { margin: 0.2rem 0; color: #5c5a55; }
.article p, .article blockquote { margin: 0 0 1em; }
.article blockquote { border-inline-start: 3px solid #d9d6cc; padding-inline-start: 1rem; margin-inline-start: 0; }
${[1, 2, 3, 4, 5, 6].map((n) => `.indent-${n} { margin-inline-start: ${n * 1.5}rem; }`).join(' ')}
.list-item .marker { display: inline-block; min-width: 1.2rem; }
mark.hl { color: inherit; background-color: transparent; --q: transparent; --s: transparent; --c: transparent;
  background-image: linear-gradient(var(--q), var(--q)), linear-gradient(var(--s), var(--s)), linear-gradient(var(--c), var(--c)); }
mark.hl-quote { --q: rgba(86, 180, 233, 0.32); box-shadow: inset 0 -2px 0 0 #0072b2; }
mark.hl-source { --s: rgba(230, 159, 0, 0.3); border-bottom: 2px dotted #a06a00; }
mark.hl-claim { --c: rgba(204, 121, 167, 0.28); text-decoration: underline wavy #a4487c; text-underline-offset: 3px; text-decoration-skip-ink: none; }
sup.ref { font-family: system-ui, sans-serif; font-size: 0.7em; margin-inline-start: 1px; }
sup.ref a { color: #0b5d6b; text-decoration: none; }
.notes { border-top: 2px solid #1d1d1b; margin-top: 2.5rem; }
.note-list { padding-inline-start: 1.6rem; }
.note { margin-bottom: 1.1rem; break-inside: avoid; }
.note-heading { margin: 0; font-family: system-ui, sans-serif; font-weight: 600; }
.badge { display: inline-block; font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 0.35rem; border-radius: 3px; color: #fff; }
.badge-quote { background: #0072b2; } .badge-source { background: #a06a00; } .badge-claim { background: #a4487c; }
.back { text-decoration: none; color: #5c5a55; font-weight: 400; }
.exact { margin: 0.3rem 0; padding-inline-start: 0.8rem; border-inline-start: 3px solid #d9d6cc; color: #33312c; font-style: italic; }
.detached { color: #a4262c; font-family: system-ui, sans-serif; font-size: 0.85rem; margin: 0.2rem 0; }
.notes dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.3rem 0 0; font-size: 0.9rem; }
.notes dt { color: #5c5a55; font-weight: 600; }
.notes dd { margin: 0; white-space: pre-wrap; }
.evidence { margin: 0; padding-inline-start: 1rem; }
.url { color: #5c5a55; font-size: 0.85em; word-break: break-all; }
.summary { border-top: 2px solid #1d1d1b; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: start; font-weight: 700; margin-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #d9d6cc; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
a { color: #0b5d6b; }
@media print { body { margin: 0 auto; max-width: none; } a { color: inherit; } .back { display: none; } }
`;
