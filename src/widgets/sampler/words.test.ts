import { describe, expect, it } from 'vitest';
import { defaults } from '../../ui/props';
import { SAMPLER_PROPS, type SamplerState } from './props';
import { binsOf, drawPicture, emptyPicture, sourceOf } from './model';
import { describeSampler, readNum, statusLine } from './words';

const base = defaults(SAMPLER_PROPS);

describe('sampler sentences', () => {
  it('numbers for reading', () => {
    expect([readNum(1000000), readNum(0.123456), readNum(3.5), readNum(1e-7)]).toEqual([
      '1,000,000',
      '0.1235',
      '3.5',
      '1.000e-7',
    ]);
  });
  it('describe a die’s draws with shares next to the exact probabilities', () => {
    const s: SamplerState = { ...base, dist: 'die', seed: 2 };
    const src = sourceOf(s);
    const bins = binsOf(src);
    expect(describeSampler(s, src, bins, emptyPicture(bins))).toBe(
      'Fair die, seed 2. No draws yet. The true mean is 3.5.',
    );
    const text = describeSampler(s, src, bins, drawPicture(src, bins, 2, 600));
    expect(text).toMatch(
      /^Fair die, seed 2\. 600 draws: the running mean is [\d.]+, [\d.]+ from the true mean 3\.5\. Shares: 1: [\d.]+% \(exact 16\.7%\), 2: /,
    );
  });
  it('predict first: neither the sentence nor the status line tells the true mean', () => {
    const s: SamplerState = { ...base, dist: 'weighted', truth: false };
    const src = sourceOf(s);
    const bins = binsOf(src);
    const p = drawPicture(src, bins, 1, 50);
    const text = describeSampler(s, src, bins, p) + statusLine(p, src, null, false);
    expect(text).not.toMatch(/true|4\.125|exact 37/);
    expect(statusLine(p, src, null, true)).toMatch(/\(true 4\.125\)/);
  });
});
