/**
 * Each placed annotation as a Word comment: its note's heading, one paragraph per field
 * ("Label: value"), then its evidence links. Written by the annotation's author (or "Pressmark")
 * on the day the annotation was made. The comment's id is the note number, which is also what
 * the article's comment ranges use.
 */
import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { ReportNote } from '../../../shared/report/reportModel';
import { evidenceParagraphs, fieldParagraph } from './docxFields';
import { textRuns } from './docxText';

export function noteComment(note: ReportNote): ICommentOptions {
  const author = note.annotation.author.trim() || 'Pressmark';
  const date = new Date(note.annotation.createdAt);
  return {
    id: note.number,
    author,
    initials: initials(author),
    ...(Number.isNaN(date.getTime()) ? {} : { date }),
    children: [
      new Paragraph({ children: [new TextRun({ text: `${note.number}. `, bold: true }), ...textRuns(note.heading, { bold: true })] }),
      ...note.fields.map((field) => fieldParagraph(field)),
      ...evidenceParagraphs(note.evidence),
    ],
  };
}

function initials(name: string): string {
  const letters = name.split(/\s+/).map((word) => [...word][0] ?? '');
  return letters.slice(0, 3).join('').toUpperCase() || 'P';
}
