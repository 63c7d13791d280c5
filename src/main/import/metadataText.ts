/**
 * Tidying the short metadata strings an import finds (titles, bylines, language tags): one line,
 * no stray whitespace or control characters, never longer than the document limits allow.
 */

/** Collapses whitespace, removes control characters and cuts to `maxChars` (never inside a surrogate pair). */
export function cleanMetadataText(value: string | null | undefined, maxChars: number): string {
  if (!value) return '';
  const oneLine = value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (oneLine.length <= maxChars) return oneLine;
  let cut = oneLine.slice(0, maxChars);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * A BCP 47 language tag ("en", "pt-BR", "zh-Hant-TW"), or '' if the value is not one.
 * Accepts the underscore form some sites use ("en_GB").
 */
export function normaliseLanguage(value: string | null | undefined, maxChars: number): string {
  const tag = (value ?? '').trim().replace(/_/g, '-');
  if (tag.length > maxChars || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return '';
  return tag;
}
