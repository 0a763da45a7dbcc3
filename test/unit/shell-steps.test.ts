import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampStep,
  keysByTarget,
  parseStepSettings,
  readStepParam,
  settingsAtStep,
  stepLabel,
  type StepInfo,
} from '../../src/ui/shell/steps';

describe('clampStep', () => {
  it('keeps valid steps and clamps the rest to 1..count', () => {
    expect(clampStep(3, 5)).toBe(3);
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(-4, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(Number.NaN, 5)).toBe(1);
    expect(clampStep(Infinity, 5)).toBe(5);
    expect(clampStep(2.7, 5)).toBe(2);
  });
  it('always lands on a whole step in range', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 50 }), (n, count) => {
        const s = clampStep(n, count);
        return Number.isInteger(s) && s >= 1 && s <= count;
      }),
    );
  });
  it('refuses an empty list', () => {
    expect(() => clampStep(1, 0)).toThrow(RangeError);
  });
});

describe('readStepParam', () => {
  it('is absent without the parameter', () => {
    expect(readStepParam(null, 4)).toEqual({ kind: 'absent' });
    expect(readStepParam(null, 0)).toEqual({ kind: 'absent' });
  });
  it('accepts whole step numbers in range', () => {
    expect(readStepParam('1', 4)).toEqual({ kind: 'ok', step: 1 });
    expect(readStepParam(' 4 ', 4)).toEqual({ kind: 'ok', step: 4 });
  });
  it('clamps numbers out of range, saying so', () => {
    const high = readStepParam('12', 4);
    expect(high).toMatchObject({ kind: 'clamped', step: 4 });
    expect(high.kind === 'clamped' && high.message).toContain('Showing step 4');
    expect(readStepParam('0', 4)).toMatchObject({ kind: 'clamped', step: 1 });
    expect(readStepParam('-3', 4)).toMatchObject({ kind: 'clamped', step: 1 });
  });
  it('ignores what is not a step number, quoting it', () => {
    for (const text of ['', 'abc', '2.5', '1e3', '3x', '99999999999']) {
      const r = readStepParam(text, 4);
      expect(r.kind, text).toBe('ignored');
    }
    const r = readStepParam('<b>x</b>', 4);
    expect(r.kind === 'ignored' && r.message).toContain('"<b>x</b>"');
  });
  it('ignores any step on a page without steps', () => {
    const r = readStepParam('2', 0);
    expect(r.kind).toBe('ignored');
    expect(r.kind === 'ignored' && r.message).toContain('no presenter steps');
  });
});

describe('parseStepSettings', () => {
  it('reads a JSON object of strings, turning numbers and booleans into text', () => {
    expect(parseStepSettings('{"matrix":"0 -1; 1 0","t":"1"}')).toEqual({ matrix: '0 -1; 1 0', t: '1' });
    expect(parseStepSettings('{"t":0.5,"eigen":true}')).toEqual({ t: '0.5', eigen: 'true' });
    expect(parseStepSettings(null)).toEqual({});
    expect(parseStepSettings('  ')).toEqual({});
  });
  it('rejects anything else', () => {
    for (const bad of ['{', '[]', '"x"', '3', 'null', '{"a":{"b":1}}', '{"a":null}'])
      expect(parseStepSettings(bad), bad).toBeUndefined();
  });
});

describe('settingsAtStep', () => {
  const steps: StepInfo[] = [
    { target: 'main', title: 'a', settings: { matrix: '1 0; 0 1', t: '1' } },
    { target: 'main', title: 'b', settings: { matrix: '1 1; 0 1' } },
    { target: 'other', title: 'c', settings: { picture: 'face' } },
    { target: 'main', title: 'd', settings: { eigen: 'true', t: '0' } },
  ];
  it('merges every step so far per target, later steps winning', () => {
    expect(Object.fromEntries(settingsAtStep(steps, 0))).toEqual({ main: { matrix: '1 0; 0 1', t: '1' } });
    expect(Object.fromEntries(settingsAtStep(steps, 2))).toEqual({
      main: { matrix: '1 1; 0 1', t: '1' },
      other: { picture: 'face' },
    });
    expect(settingsAtStep(steps, 3).get('main')).toEqual({ matrix: '1 1; 0 1', t: '0', eigen: 'true' });
  });
  it('lists every key each target is ever given', () => {
    const keys = keysByTarget(steps);
    expect([...keys.get('main')!].sort()).toEqual(['eigen', 'matrix', 't']);
    expect([...keys.get('other')!]).toEqual(['picture']);
  });
});

describe('stepLabel', () => {
  it('shows the position and the title', () => {
    expect(stepLabel(1, 5, 'Rotate it')).toBe('Step 2 / 5 · Rotate it');
    expect(stepLabel(0, 3, '')).toBe('Step 1 / 3');
  });
});
