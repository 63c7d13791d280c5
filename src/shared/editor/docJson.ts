/**
 * Turning untrusted ProseMirror JSON into a checked document of our schema.
 */
import type { Node } from 'prosemirror-model';
import { articleSchema } from './schema';

export class DocumentContentError extends Error {
  override name = 'DocumentContentError';
}

/** Parses JSON into a document node, refusing anything our schema does not allow. */
export function parseDocJson(json: unknown): Node {
  let doc: Node;
  try {
    doc = articleSchema.nodeFromJSON(json);
    doc.check();
  } catch (error) {
    throw new DocumentContentError(`The article's content is not valid: ${describe(error)}`);
  }
  if (doc.type !== articleSchema.topNodeType) {
    throw new DocumentContentError(`The article's content must be a "doc" node, not "${doc.type.name}".`);
  }
  return doc;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
