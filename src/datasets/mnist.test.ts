/** The MNIST asset's bytes: a round trip, balanced interleaving, and clear errors for bad files. */
import { describe, expect, it } from 'vitest';
import { convertMnist, decodeDigits, encodeDigits, MNIST_D } from './mnist';

function raw(perDigit: number, fewerFives = 0): number[][] {
  return Array.from({ length: 10 }, (_, c) =>
    Array.from({ length: (perDigit - (c === 5 ? fewerFives : 0)) * MNIST_D }, (_, t) =>
      t % 7 === c % 7 ? ((t * 13 + c) % 100) / 99 : 0,
    ),
  );
}

describe('MNIST digits asset', () => {
  it('interleaves the digits and survives encoding, with runs of zeros longer than 255', () => {
    const d = convertMnist(raw(3, 1));
    expect(d.n).toBe(29);
    expect([...d.labels.slice(0, 12)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    // The fives run out first: the last round skips them.
    expect([...d.labels.slice(20)]).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9]);
    const blank = { ...d, pixels: new Uint8Array(d.pixels) };
    blank.pixels.fill(0, 0, 3 * MNIST_D); // 2,352 zeros in a row
    for (const digits of [d, blank]) {
      const bytes = encodeDigits(digits);
      expect(bytes.length).toBeLessThan(digits.pixels.length);
      const back = decodeDigits(bytes);
      if (typeof back === 'string') throw new Error(back);
      expect(back.n).toBe(29);
      expect([...back.labels]).toEqual([...digits.labels]);
      expect(back.pixels).toEqual(digits.pixels);
    }
  });

  it('says what is wrong with a bad file instead of returning garbage', () => {
    const bytes = encodeDigits(convertMnist(raw(1)));
    expect(decodeDigits(new Uint8Array([1, 2, 3]))).toBe('not an MNIST digits file');
    expect(decodeDigits(bytes.slice(0, bytes.length - 5))).toMatch(/cut short/);
    expect(() => convertMnist([...raw(1).slice(0, 9), [0.5]])).toThrow(/digit 9 is not a whole number/);
    const bad = raw(1);
    bad[4]![10] = 1.5;
    expect(() => convertMnist(bad)).toThrow(/outside \[0, 1\]/);
  });
});
