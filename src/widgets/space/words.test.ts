import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../test/helpers/tex';
import { IDENTITY3 } from '../../math/mat3';
import { PALETTES } from '../../ui/tokens';
import { crossOf, scoreVolume, volumeBand, volumeOf } from './model';
import { crossSentence, describeSpace, predictSentence3, volumeSentence } from './words';
import { spaceTex } from './formula';

describe('sentences', () => {
  it('say the volume, its orientation, or how space was flattened', () => {
    expect(volumeSentence(volumeOf([2, 0, 0, 0, 3, 0, 0, 0, 4]))).toBe(
      'Determinant 24: the unit cube becomes a box of volume 24, orientation kept.',
    );
    expect(volumeSentence(volumeOf([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBe(
      'Determinant 0: space is flattened onto a plane, so the unit cube has volume 0.',
    );
    expect(volumeSentence(volumeOf([-2, 0, 0, 0, 1, 0, 0, 0, 1]))).toMatch(
      /^Determinant -2: .*volume 2, orientation flipped/,
    );
    expect(volumeSentence(volumeOf(IDENTITY3))).toContain('volume 1 (volume kept)');
    expect(volumeSentence(volumeOf([1, 1, 1, 2, 2, 2, 3, 3, 3]))).toContain('flattened onto a line');
  });

  it('say the cross product and its area', () => {
    expect(crossSentence(crossOf([2, 0, 0, 0, 3, 0, 0, 0, 4], 'ij')!)).toBe(
      'î × ĵ = (0, 0, 6): length 6, the area of the parallelogram spanned by î and ĵ.',
    );
    expect(crossSentence(crossOf([1, 2, 0, 1, 2, 0, 0, 0, 1], 'ij')!)).toBe(
      'î × ĵ = 0: î and ĵ lie on one line and span no area.',
    );
  });

  it('describe the whole picture for a screen reader', () => {
    const m = [2, 0, 0, 0, 3, 0, 0, 0, 4] as const;
    const s = describeSpace({
      matrix: m,
      t: 0.5,
      volume: volumeOf(m),
      cross: crossOf(m, 'ij'),
      azimuth: 30,
      elevation: -10,
      phase: 'off',
      prediction: undefined,
    });
    expect(s).toContain('î lands at (2, 0, 0), ĵ at (0, 3, 0) and k̂ at (0, 0, 4).');
    expect(s).toContain('volume 24');
    expect(s).toContain('î × ĵ = (0, 0, 6)');
    expect(s).toContain('50% of the way');
    expect(s).toContain('10° below the floor, turned 30°');
  });
});

describe('predict-first', () => {
  const box = [2, 0, 0, 0, 3, 0, 0, 0, 4] as const;

  it('scores a guess for det A relative to its size', () => {
    expect(scoreVolume(20, box)).toEqual({ guess: 20, target: 24, distance: 4 });
    expect(volumeBand(scoreVolume(24, box))).toBe('exact');
    expect(volumeBand(scoreVolume(23, box))).toBe('spot-on');
    expect(volumeBand(scoreVolume(20, box))).toBe('close');
    expect(volumeBand(scoreVolume(14, box))).toBe('near');
    expect(volumeBand(scoreVolume(2, box))).toBe('far');
    // Small answers are judged on an absolute scale: 0.3 off from 0 is close, not "infinitely" far.
    expect(volumeBand(scoreVolume(0.15, [1, 2, 3, 4, 5, 6, 7, 8, 9]))).toBe('close');
  });

  it('says how close the guess was, and what a wrong sign means', () => {
    expect(predictSentence3(scoreVolume(24, box))).toBe('Your guess 24 is exactly det A. Spot on!');
    expect(predictSentence3(scoreVolume(20, box))).toBe('Your guess 20 was 4 from det A = 24. Close!');
    expect(predictSentence3(scoreVolume(-24, box))).toContain('Mind the sign: A keeps the orientation');
    expect(predictSentence3(scoreVolume(1, [-1, 0, 0, 0, 1, 0, 0, 0, 1]))).toContain(
      'turns space inside out',
    );
    expect(predictSentence3(scoreVolume(3, [1, 2, 3, 4, 5, 6, 7, 8, 9]))).toContain('det A is 0');
  });

  it('describes the question without giving the answer away', () => {
    const s = describeSpace({
      matrix: box,
      t: 0,
      volume: volumeOf(box),
      cross: undefined,
      azimuth: 30,
      elevation: 20,
      phase: 'guess',
      prediction: undefined,
    });
    expect(s).toContain('rows 2 0 0; 0 3 0; 0 0 4');
    expect(s).not.toContain('24');
    const after = describeSpace({
      matrix: box,
      t: 1,
      volume: volumeOf(box),
      cross: undefined,
      azimuth: 30,
      elevation: 20,
      phase: 'revealed',
      prediction: scoreVolume(20, box),
    });
    expect(after.startsWith('Your guess 20 was 4 from det A = 24. Close!')).toBe(true);
  });
});

describe('formula', () => {
  const colors = {
    i: PALETTES.light.i,
    j: PALETTES.light.j,
    k: PALETTES.light.k,
    cross: PALETTES.light.gradient,
  };
  it('is valid KaTeX with each column in its vector’s colour', () => {
    const m = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
    const tex = spaceTex(m, volumeOf(m), colors, crossOf(m, 'jk'));
    expectValidTex(tex);
    expect(tex).toContain(
      `\\textcolor{${colors.i}}{1} & \\textcolor{${colors.j}}{2} & \\textcolor{${colors.k}}{3}`,
    );
    expect(tex).toContain(
      `\\textcolor{${colors.i}}{7} & \\textcolor{${colors.j}}{8} & \\textcolor{${colors.k}}{9}`,
    );
    expect(tex).toContain('= 0');
    expect(tex).toContain(
      `\\textcolor{${colors.j}}{A\\hat{\\jmath}} \\times \\textcolor{${colors.k}}{A\\hat{k}}`,
    );
  });

  it('hides the determinant while it is being predicted', () => {
    const m = [2, 0, 0, 0, 3, 0, 0, 0, 4] as const;
    const tex = spaceTex(m, undefined, colors, crossOf(m, 'ij'));
    expectValidTex(tex);
    expect(tex).toContain('= \\,?');
    expect(tex).not.toContain('24');
    expect(tex).not.toContain('length');
  });

  it('shows the determinant and the volume of a known box', () => {
    const m = [2, 0, 0, 0, 3, 0, 0, -1, -4] as const;
    const tex = spaceTex(m, volumeOf(m), colors, undefined);
    expect(tex).toContain('\\det A &= ');
    expect(tex).toMatch(/= -24 \\\\/);
    expect(tex).toContain('\\text{volume} &= |\\det A| = 24');
    expect(tex).not.toContain('\\text{length}');
  });
});
