/**
 * xsd:dateTime, the form the Web Annotation model requires for `created`, `modified` and
 * `generated`: 2020-01-06T10:00:00Z, with optional fractions of a second and an optional (but
 * recommended) time zone. Calendar-checked, so 2021-02-30 is refused.
 */

const XSD_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;

export function isXsdDateTime(value: string): boolean {
  const match = XSD_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = match[7];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (minute > 59 || second > 59) return false;
  const endOfDay = hour === 24 && minute === 0 && second === 0 && (fraction === undefined || /^\.0+$/.test(fraction));
  if (hour > 23 && !endOfDay) return false;
  if (match[9] !== undefined) {
    const zoneHours = Number(match[9]);
    const zoneMinutes = Number(match[10]);
    if (zoneMinutes > 59 || zoneHours > 14 || (zoneHours === 14 && zoneMinutes !== 0)) return false;
  }
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
