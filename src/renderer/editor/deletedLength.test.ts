import { describe, expect, it } from 'vitest';
import { backspaceLength, deleteLength } from './deletedLength';

describe('backspaceLength', () => {
  it('removes one character, and a character outside the basic plane whole', () => {
    expect(backspaceLength('said')).toBe(1);
    expect(backspaceLength('x𝒳')).toBe(2);
    expect(backspaceLength('')).toBe(0);
  });

  it('removes a combining accent or an Arabic vowel mark on its own, as the browser does', () => {
    expect(backspaceLength('cafe\u0301')).toBe(1);
    expect(backspaceLength('كَتَبَ')).toBe(1);
  });

  it('removes an emoji sequence, a flag, a keycap or a variation sequence whole', () => {
    expect(backspaceLength('ok 👍🏽')).toBe('👍🏽'.length);
    expect(backspaceLength('a 👨‍👩‍👧')).toBe('👨‍👩‍👧'.length);
    expect(backspaceLength('🇬🇧')).toBe(4);
    expect(backspaceLength('1️⃣')).toBe('1️⃣'.length);
    expect(backspaceLength('❤️')).toBe(2);
  });
});

describe('deleteLength', () => {
  it('removes the next grapheme cluster whole', () => {
    expect(deleteLength('said')).toBe(1);
    expect(deleteLength('e\u0301t')).toBe(2);
    expect(deleteLength('👍🏽 ok')).toBe('👍🏽'.length);
    expect(deleteLength('')).toBe(0);
  });
});
