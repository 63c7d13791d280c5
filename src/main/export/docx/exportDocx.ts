/**
 * The annotated report as a Word document (.docx): the same content, in the same order, as the
 * HTML report (header, legend, article, notes, summary), with every placed annotation also a
 * real Word comment anchored on its words. The docx library writes and escapes all XML; no
 * user text is ever put into markup by hand.
 */
import { Document, Packer } from 'docx';
import type { Report } from '../../../shared/report/reportModel';
import { articleAnchors } from './docxAnchors';
import { articleParagraphs } from './docxArticle';
import { noteComment } from './docxComments';
import { headerParagraphs, legendParagraph } from './docxHeader';
import { highlightRule } from './docxHighlight';
import { notesSection } from './docxNotes';
import { reportStyles } from './docxStyles';
import { summarySection } from './docxSummary';

export async function exportDocx(report: Report): Promise<Uint8Array> {
  const anchors = articleAnchors(report.blocks);
  // A comment needs words to hang on: notes whose words are gone get none (the Notes section says why).
  const anchored = report.notes.filter((note) => note.located && anchors.lengths.has(note.number));
  const language = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(report.header.language) ? report.header.language : null;

  const document = new Document({
    title: report.header.title,
    creator: 'Pressmark',
    lastModifiedBy: 'Pressmark',
    description: 'Annotated report',
    styles: reportStyles(language),
    comments: { children: anchored.map(noteComment) },
    sections: [
      {
        children: [
          ...headerParagraphs(report),
          legendParagraph(report),
          ...articleParagraphs(report.blocks, anchors, highlightRule(report.notes, anchors.lengths)),
          ...notesSection(report.notes, new Set(anchored.map((note) => note.number))),
          ...summarySection(report),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
