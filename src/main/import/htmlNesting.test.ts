import { describe, expect, it } from 'vitest';
import { checkHtmlNesting, estimateHtmlNesting, HtmlNestingError } from './htmlNesting';

describe('estimateHtmlNesting', () => {
  it('counts nested elements and ignores void elements, comments and doctypes', () => {
    expect(estimateHtmlNesting('<!DOCTYPE html><div><section><p>x<br><img src=a></p></section></div><!-- <div><div> -->')).toBe(2);
    expect(estimateHtmlNesting('<div>'.repeat(40))).toBe(40);
  });

  it('does not count end tags a page may leave out (paragraphs, list items, cells)', () => {
    expect(estimateHtmlNesting('<p>one<p>two<p>three'.repeat(1000))).toBe(0);
    expect(estimateHtmlNesting('<ul>' + '<li><span>item'.repeat(1000) + '</ul>')).toBe(2);
    expect(estimateHtmlNesting('<table>' + '<tr><td><span>cell'.repeat(1000) + '</table>')).toBe(2);
  });

  it('reads tags as the tokenizer does: quoted ">" in values, raw text in scripts and styles', () => {
    expect(estimateHtmlNesting('<div title="a > b" data-x=\'<div><div>\'><span>x</span></div>')).toBe(2);
    expect(estimateHtmlNesting('<script>"<div><div><div>"</script><style>div>p{}</style><div></div>')).toBe(1);
    // A quote inside an attribute *name* is just a character: it must not hide the markup after it.
    expect(estimateHtmlNesting("<div x'>" + '<div>'.repeat(600) + "'>")).toBeGreaterThan(512);
  });

  it('follows misnested formatting that the parser keeps open (erring high, never low)', () => {
    // jsdom nests this 301 levels deep: the <div>s stay open and a copy of <b> opens inside each.
    expect(estimateHtmlNesting('<b><div></b>'.repeat(300))).toBeGreaterThanOrEqual(301);
    // … and this only 2: closing the <div> closes the <font> the parser moved inside it.
    expect(estimateHtmlNesting('<font><div>text</font></div>'.repeat(1000))).toBeLessThanOrEqual(2);
    expect(estimateHtmlNesting('<a href=1>one<a href=2>two'.repeat(1000))).toBe(1);
  });

  it('refuses pages nested deeper than 512 levels', () => {
    expect(() => checkHtmlNesting('<div>'.repeat(513))).toThrow(HtmlNestingError);
    expect(() => checkHtmlNesting('<div>'.repeat(512))).not.toThrow();
  });
});
