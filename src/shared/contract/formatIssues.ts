/**
 * Turns zod's validation issues into sentences a person can read.
 */
import type { z } from 'zod';

export function formatIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
