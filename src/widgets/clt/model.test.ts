import { describe, expect, it } from 'vitest';
import { defaults, parseProps } from '../../ui/props';
import { CLT_PROPS, type CltState } from './props';
import { barKey, meanBins, measuredOf, normalOverlay, scoreGuess, sourceOf, theoryOf } from './model';
import { cltTex, cltWords } from './formula';

const state = (over: Partial<CltState>): CltState => ({ ...defaults(CLT_PROPS), ...over });

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean } = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('<lumen-clt> model', () => {
  it('bar keys: ←/→/Home/End pick a bar, ↑/↓ step its height within 0 … 10 in tenths', () => {
    const bars = [1, 9.9, 0.2];
    expect(barKey(bars, 1, key('ArrowLeft'))).toEqual({ selected: 0, bars });
    expect(barKey(bars, 0, key('ArrowLeft'))!.selected).toBe(0);
    expect(barKey(bars, 2, key('ArrowRight'))!.selected).toBe(2);
    expect(barKey(bars, 1, key('End'))!.selected).toBe(2);
    expect(barKey(bars, 2, key('Home'))!.selected).toBe(0);
    expect(barKey(bars, 0, key('ArrowUp'))!.bars).toEqual([1.5, 9.9, 0.2]);
    expect(barKey(bars, 1, key('ArrowUp', { shiftKey: true }))!.bars[1]).toBe(10);
    expect(barKey(bars, 2, key('ArrowDown', { shiftKey: true }))!.bars[2]).toBe(0);
    expect(barKey(bars, 2, key('ArrowDown', { altKey: true }))!.bars[2]).toBe(0.1);
    expect(barKey(bars, 0, key('ArrowUp', { ctrlKey: true }))).toBeUndefined();
    expect(barKey(bars, 0, key('x'))).toBeUndefined();
  });

  it('a weighted die has faces 1 … k: μ and σ of the faces', () => {
    const src = sourceOf(state({ source: 'die', die: [1, 1, 1, 1, 1, 3] }));
    expect(src.offset).toBe(1);
    expect(src.mu).toBeCloseTo(33 / 8, 12);
    expect(src.sigma).toBeCloseTo(Math.sqrt(163 / 8 - (33 / 8) ** 2), 12);
    expect(theoryOf(src, 25).sdOfMeans).toBeCloseTo(src.sigma / 5, 12);
  });

  it('bins of a discrete source hold whole numbers of lattice points (no aliasing)', () => {
    for (const n of [1, 2, 7, 100, 400]) {
      const b = meanBins(sourceOf(state({ source: 'die' })), n);
      const perBin = ((b.hi - b.lo) / b.n) * n;
      expect(Math.abs(perBin - Math.round(perBin)), `n = ${n}`).toBeLessThan(1e-9);
      expect(b.n).toBeLessThanOrEqual(90);
      // A lattice point k/n never sits on a bin edge.
      const edgeOffset = (((b.lo * n) % 1) + 1) % 1;
      expect(edgeOffset).toBeCloseTo(0.5, 9);
    }
  });

  it('bins of a continuous source cover μ ± 4.5 σ/√n inside the support', () => {
    const src = sourceOf(state({ source: 'uniform' }));
    const b = meanBins(src, 30);
    expect(b.lo).toBeCloseTo(0.5 - 4.5 * Math.sqrt(1 / 12 / 30), 12);
    expect(meanBins(src, 1)).toEqual({ lo: 0, hi: 1, n: 60 });
  });

  it('the normal overlay integrates to 1 over ±4.5 sd', () => {
    const t = theoryOf(sourceOf(state({ source: 'exponential', rate: 2 })), 16);
    const pts = normalOverlay(t, t.mu - 4.5 * t.sdOfMeans, t.mu + 4.5 * t.sdOfMeans, 400);
    let area = 0;
    for (let i = 1; i < pts.length; i++)
      area += ((pts[i]!.y + pts[i - 1]!.y) / 2) * (pts[i]!.x - pts[i - 1]!.x);
    expect(area).toBeCloseTo(1, 4);
  });

  it('measured sd uses n − 1 and adds the display offset to the mean', () => {
    const m = measuredOf(2, 1 + 3, 1 + 9, 1)!;
    expect(m.mean).toBe(3);
    expect(m.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(measuredOf(0, 0, 0, 0)).toBeUndefined();
  });

  it('scores a guess and names the two classic mistakes', () => {
    const sigma = Math.sqrt(1 / 12);
    const actual = sigma / 5;
    expect(scoreGuess(actual * 1.02, actual, 25, sigma).sentence).toMatch(/spot on/);
    expect(scoreGuess(actual * 1.15, actual, 25, sigma).sentence).toMatch(/close: off by 15%/);
    expect(scoreGuess(sigma, actual, 25, sigma).sentence).toMatch(/about σ itself/);
    expect(scoreGuess(sigma / 25, actual, 25, sigma).sentence).toMatch(/that is σ\/n/);
  });

  it('the formula hides the answer while a guess is pending', () => {
    const t = theoryOf(sourceOf(state({ source: 'uniform' })), 25);
    const colors = { data: '#6b3fa0', model: '#00736a' };
    expect(cltTex(t, undefined, true, colors)).toContain('= \\,?');
    expect(cltTex(t, { done: 10, mean: 0.5, sd: 0.0578 }, false, colors)).toContain('0.0577');
    expect(cltWords(t, { done: 1000, mean: 0.5, sd: 0.0578 }, false)).toMatch(
      /= 0.0577; measured over 1,000 means: 0.0578/,
    );
  });

  it('refuses bad settings with a reason', () => {
    const r = parseProps(
      CLT_PROPS,
      { density: '0 0 0', die: '1', p: '2', means: '1e9', source: 'cauchy', n: '0' },
      'attribute',
    );
    const text = r.problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/density="0 0 0".*all zero/);
    expect(text).toMatch(/die="1".*2 to 12 weights/);
    expect(text).toMatch(/p="2"/);
    expect(text).toMatch(/means="1e9"/);
    expect(text).toMatch(/source="cauchy"/);
    expect(text).toMatch(/n="0"/);
    expect(parseProps(CLT_PROPS, { die: '1, 2; 3 4' }, 'attribute').state.die).toEqual([1, 2, 3, 4]);
  });
});
