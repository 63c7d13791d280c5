import { describe, expect, it } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
  it('goes by the first letter, as dir="auto" does', () => {
    expect(textDirection('به گزارش خبرگزاری تسنیم')).toBe('rtl');
    expect(textDirection('«۱۲» به گفته John Miller')).toBe('rtl');
    expect(textDirection('The phrase «گام به گام»')).toBe('ltr');
    expect(textDirection('2026: שלום')).toBe('rtl');
    expect(textDirection('٤٠ — 12, «»')).toBeNull();
  });
});
