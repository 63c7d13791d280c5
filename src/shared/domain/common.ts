import { z } from 'zod';

/** Every entity id is a UUID; clients may choose it (so a new annotation's id is known before the round trip). */
export const entityId = z.uuid({ message: 'Ids are UUIDs.' });

export const isoTimestamp = z.string();

export const offset = z
  .number({ message: 'Offsets are whole numbers.' })
  .int('Offsets are whole numbers.')
  .nonnegative('Offsets cannot be negative.')
  .max(Number.MAX_SAFE_INTEGER);
