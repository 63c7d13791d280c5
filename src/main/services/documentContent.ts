/**
 * Checks incoming ProseMirror JSON against our schema and the size limits, and derives the
 * plain text that annotation offsets refer to. The plain text is always computed here, never
 * taken from a client.
 */
import { parseDocJson, DocumentContentError } from '../../shared/editor/docJson';
import { TextIndex } from '../../shared/text/textIndex';
import { LIMITS } from '../../shared/domain/limits';
import { ApiError } from '../../shared/contract/errors';
import type { PmNodeJson } from '../../shared/domain/document';

export interface PreparedContent {
  contentJson: string;
  plainText: string;
}

export function prepareContent(json: PmNodeJson): PreparedContent {
  const raw = JSON.stringify(json);
  if (raw.length > LIMITS.documentJsonChars) {
    throw new ApiError(
      'limit_exceeded',
      `The article is too large to store (over ${LIMITS.documentJsonChars.toLocaleString('en')} characters of content).`,
    );
  }
  let doc;
  try {
    doc = parseDocJson(json);
  } catch (error) {
    if (error instanceof DocumentContentError) throw new ApiError('invalid_input', error.message);
    throw error;
  }
  const plainText = TextIndex.fromDoc(doc).text;
  if (plainText.length > LIMITS.documentChars) {
    throw new ApiError(
      'limit_exceeded',
      `The article is too long: ${plainText.length.toLocaleString('en')} characters, and Pressmark holds at most ${LIMITS.documentChars.toLocaleString('en')}.`,
    );
  }
  return { contentJson: JSON.stringify(doc.toJSON()), plainText };
}
