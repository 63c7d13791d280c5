/**
 * Publication dates as pages state them ("2024-03-05T07:30:00+00:00", "2024-03-05",
 * "Tue, 05 Mar 2024 07:30:00 GMT", "March 5, 2024") into what a Pressmark document stores:
 * YYYY-MM-DD or an ISO date-time accepted by `publishedDate`. Anything else is dropped, never guessed.
 */
import { publishedDate } from '../../shared/domain/document';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const HAS_TIME = /\d{1,2}:\d{2}/;

export function normalisePublishedAt(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (value === '' || value.length > 100) return null;
  const isoDay = ISO_DAY.exec(value);
  if (isoDay) {
    const day = validDay(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]));
    // An ISO day followed by something the schema does not take (a zone name, words …): keep the day.
    return day && isAccepted(value) ? value : day;
  }

  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // A date without a time of day is local midnight: keep its calendar day, not the UTC instant.
  if (!HAS_TIME.test(value)) return validDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  const iso = date.toISOString();
  return isAccepted(iso) ? iso : null;
}

function validDay(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${text}T00:00:00Z`);
  const real = !Number.isNaN(check.getTime()) && check.getUTCMonth() + 1 === month && check.getUTCDate() === day;
  return real && isAccepted(text) ? text : null;
}

function isAccepted(value: string): boolean {
  return publishedDate.safeParse(value).success;
}
