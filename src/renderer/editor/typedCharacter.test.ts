import { describe, expect, it } from 'vitest';
import { typedCharacter } from './typedCharacter';

const press = (charCode: number, keys: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing', boolean>> = {}) => ({
  charCode,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  isComposing: false,
  ...keys,
});

describe('typedCharacter', () => {
  it('gives the character a plain key press types, beyond the basic plane too', () => {
    expect(typedCharacter(press('x'.charCodeAt(0)))).toBe('x');
    expect(typedCharacter(press(' '.charCodeAt(0)))).toBe(' ');
    expect(typedCharacter(press('ش'.charCodeAt(0)))).toBe('ش');
    expect(typedCharacter(press(0x1f600))).toBe('😀');
  });

  it('leaves shortcuts, line breaks, compositions and key presses without a character alone', () => {
    expect(typedCharacter(press(0))).toBeNull();
    expect(typedCharacter(press(13))).toBeNull();
    expect(typedCharacter(press(10))).toBeNull();
    expect(typedCharacter(press(120, { ctrlKey: true }))).toBeNull();
    expect(typedCharacter(press(120, { metaKey: true }))).toBeNull();
    expect(typedCharacter(press(120, { isComposing: true }))).toBeNull();
    expect(typedCharacter(press(0x110000))).toBeNull();
  });

  it('types what AltGr (Ctrl+Alt on Windows keyboards) types', () => {
    expect(typedCharacter(press('€'.charCodeAt(0), { ctrlKey: true, altKey: true }))).toBe('€');
  });
});
