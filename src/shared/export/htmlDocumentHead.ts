/**
 * The start of every self-contained HTML file Pressmark writes (the annotated report, the fact-check session report):
 * doctype, the language (a BCP 47 tag, else "und"), a Content-Security-Policy that forbids scripts and external
 * resources, and the inline stylesheet, through `</head>`.
 */
import { escapeHtml } from './escape';

export function htmlDocumentHead({ language, title, css }: { language: string; title: string; css: string }): string {
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : 'und';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Pressmark">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>`;
}
