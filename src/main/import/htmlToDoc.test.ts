import { describe, expect, it } from 'vitest';
import { htmlToDoc } from './htmlToDoc';
import { HtmlNestingError, estimateHtmlNesting } from './htmlNesting';
import { MAX_NESTING } from './tidyDoc';
import { inspectContent, nodeDepth } from './fixtures/inspectContent';
import { parseDocJson } from '../../shared/editor/docJson';
import { TextIndex } from '../../shared/text/textIndex';
import { prepareContent } from '../services/documentContent';
import { jsonShapeProblem } from '../../shared/contract/jsonShape';
import type { PmNodeJson } from '../../shared/domain/document';

const json = (html: string, baseUrl?: string) => htmlToDoc(html, baseUrl).toJSON() as PmNodeJson;
const text = (html: string) => TextIndex.fromDoc(htmlToDoc(html)).text;

describe('htmlToDoc', () => {
  it('keeps headings, paragraphs, lists, blockquotes, emphasis, strong and links', () => {
    const content = json(
      '<h1>Head</h1><p>Some <em>em</em>, <i>i</i>, <strong>strong</strong> and <a href="https://example.org/a">a link</a>.</p>' +
        '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol><blockquote><p>quoted</p></blockquote><h3>Sub</h3>',
    );
    expect(content).toMatchObject({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 } },
        { type: 'paragraph' },
        { type: 'bullet_list', content: [{ type: 'list_item' }, { type: 'list_item' }] },
        { type: 'ordered_list', attrs: { order: 3 } },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
        { type: 'heading', attrs: { level: 3 } },
      ],
    });
    const report = inspectContent(content);
    expect([...report.markTypes].sort()).toEqual(['em', 'link', 'strong']);
    expect(report.hrefs).toEqual(['https://example.org/a']);
  });

  it('always returns a valid document with at least one paragraph', () => {
    for (const html of ['', '   ', '<html><body></body></html>', '<script>x()</script>', '<ul><li></li></ul>', '<p>&nbsp;</p>']) {
      const doc = htmlToDoc(html);
      expect(() => doc.check()).not.toThrow();
      expect(doc.childCount).toBeGreaterThan(0);
      expect(() => parseDocJson(doc.toJSON())).not.toThrow();
    }
  });

  it('collapses whitespace as a browser does and turns <pre> lines into line breaks', () => {
    expect(text('<p>  one\n   two \t three  </p>')).toBe('one two three');
    expect(text('<pre>line one\nline two\n</pre>')).toBe('line one\nline two');
  });

  it('resolves relative links against the base address and drops the ones it cannot resolve or would not follow', () => {
    const html =
      '<p><a href="/doc.pdf">rel</a> <a href="mailto:desk@example.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="#top">anchor</a></p>';
    expect(inspectContent(json(html, 'https://news.example/story/1')).hrefs).toEqual([
      'https://news.example/doc.pdf',
      'mailto:desk@example.org',
      'https://news.example/story/1#top',
    ]);
    expect(inspectContent(json(html)).hrefs).toEqual(['mailto:desk@example.org']);
    expect(inspectContent(json('<base href="https://cdn.example/x/"><p><a href="y">y</a></p>')).hrefs).toEqual(['https://cdn.example/x/y']);
    // The text of a dropped link stays.
    expect(text(html)).toBe('rel mail js anchor');
  });

  it("strips Word's HTML: conditional comments, <o:p>, generated bullets and mso styles", () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Someone</o:Author></o:DocumentProperties></xml><![endif]--></head>
      <body lang=EN-GB style='tab-interval:36.0pt'>
      <p class=MsoNormal style='mso-margin-top-alt:auto'><b style='mso-bidi-font-weight:normal'>Bold lead<o:p></o:p></b></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>First point<o:p></o:p></p>
      <p class=MsoNormal>Text with <st1:place w:st="on"><st1:City w:st="on">Cardiff</st1:City></st1:place> in it.<!--[if !supportAnnotations]--><!--[endif]--></p>
      <v:shape id="_x0000_i1025" type="#_x0000_t75"><v:imagedata src="image001.png" o:title="chart"/></v:shape>
      </body></html>`;
    const content = json(word);
    expect(TextIndex.fromDoc(parseDocJson(content)).text).toBe('Bold lead\n\nFirst point\n\nText with Cardiff in it.');
    expect(inspectContent(content).markTypes).toEqual(new Set(['strong']));
    expect(JSON.stringify(content)).not.toMatch(/mso|supportLists|Someone|·/);
  });

  it('drops invisible and non-text elements with their text, and keeps the text of unknown ones', () => {
    expect(
      text(
        '<p>Visible <span hidden>hidden</span><span style="display: none">none</span><span style="visibility:hidden">invisible</span>' +
          '<button>Share</button><select><option>Pick</option></select><textarea>typed</textarea><my-widget>custom</my-widget> end</p>',
      ),
    ).toBe('Visible custom end');
  });

  it('keeps table rows apart, cells separated', () => {
    expect(text('<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Smith</td><td>45%</td></tr></table>')).toBe(
      'Name | Votes\n\nSmith | 45%',
    );
  });

  it('drops empty paragraphs and line breaks at the edges of a paragraph', () => {
    const content = json('<p><br>First<br></p><p> </p><p><br></p><p>Second</p>');
    expect(content.content).toHaveLength(2);
    expect(TextIndex.fromDoc(parseDocJson(content)).text).toBe('First\n\nSecond');
  });

  it('keeps lists valid when an item starts with something other than a paragraph', () => {
    const content = json('<ul><li><h2>Heading item</h2><p>more</p></li><li><ul><li>nested only</li></ul></li><li></li></ul>');
    expect(() => parseDocJson(content)).not.toThrow();
    expect(TextIndex.fromDoc(parseDocJson(content)).text).toBe('Heading item\n\nmore\n\nnested only');
  });

  it('flattens blockquotes and lists nested too deep for storage, keeping their text', () => {
    const depth = 200;
    const html = '<blockquote>'.repeat(depth) + '<p>innermost words</p>' + '</blockquote>'.repeat(depth);
    const content = json(html);
    expect(nodeDepth(content)).toBeLessThanOrEqual(MAX_NESTING + 3);
    expect(inspectContent(content).text).toContain('innermost words');
    expect(jsonShapeProblem({ title: 'x', content })).toBeNull();
    expect(() => prepareContent(content)).not.toThrow();

    const lists = json('<ul><li>level'.repeat(100) + '</li></ul>'.repeat(100));
    expect(nodeDepth(lists)).toBeLessThanOrEqual(MAX_NESTING + 3);
    expect(() => prepareContent(lists)).not.toThrow();
  });

  it('flattens elements nested deeper than 256 levels into paragraphs instead of overflowing the stack', () => {
    const html = '<div><span>'.repeat(200) + '<p>deep one</p><p>deep <b>two</b></p>' + '</span></div>'.repeat(200);
    expect(estimateHtmlNesting(html)).toBeLessThanOrEqual(512);
    expect(text(html)).toBe('deep one\n\ndeep two');
  });

  it('refuses markup nested more than 512 levels deep, quickly', () => {
    const started = Date.now();
    expect(() => htmlToDoc('<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000))).toThrow(HtmlNestingError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
