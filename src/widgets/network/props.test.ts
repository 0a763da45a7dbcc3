import { describe, expect, it } from 'vitest';
import { defaults, parseProps } from '../../ui/props';
import { NETWORK_PROPS, formatAdded, parseAdded, parseHidden } from './props';

describe('the property table of <lumen-network>', () => {
  it('has working defaults: circle, 2-4-2-1 tanh, not playing, watch speed', () => {
    const d = defaults(NETWORK_PROPS);
    expect(d.dataset).toBe('circle');
    expect(d.layers).toEqual([4, 2]);
    expect(d.activation).toBe('tanh');
    expect(d.play).toBe(false);
    expect(d.speed).toBe('watch');
    expect(d.edge).toBeNull();
  });

  it('reads layer widths with commas or spaces, or none, and refuses empty, 5 layers, 9 neurons or words', () => {
    expect(parseHidden('8, 8 6')).toEqual({ ok: true, value: [8, 8, 6] });
    expect(parseHidden('none')).toEqual({ ok: true, value: [] });
    expect(NETWORK_PROPS.layers.format([])).toBe('none');
    for (const bad of ['', '0', '1,2,3,4,5', '9', 'two', '2.5', '-1'])
      expect(parseHidden(bad).ok, bad).toBe(false);
    expect(NETWORK_PROPS.layers.check([1, 2, 3, 4]).ok).toBe(true);
    expect(NETWORK_PROPS.layers.check([1, NaN]).ok).toBe(false);
  });

  it('reads input features in any order and separator, keeps the table order, refuses none, unknown or repeated', () => {
    expect(defaults(NETWORK_PROPS).features).toEqual(['x', 'y']);
    expect(NETWORK_PROPS.features.parse('xy x2 y2')).toEqual({ ok: true, value: ['x2', 'y2', 'xy'] });
    expect(NETWORK_PROPS.features.parse('x+y+xy')).toEqual({ ok: true, value: ['x', 'y', 'xy'] });
    expect(NETWORK_PROPS.features.parse('SINX, siny')).toEqual({ ok: true, value: ['sinx', 'siny'] });
    expect(NETWORK_PROPS.features.format(['x', 'y', 'xy'])).toBe('x y xy');
    for (const bad of ['', 'x z', 'x x', '<b>x</b>'])
      expect(NETWORK_PROPS.features.parse(bad).ok, bad).toBe(false);
    const r = NETWORK_PROPS.features.parse('x cos');
    expect(r.ok ? '' : r.error).toMatch(/unknown feature "cos": use x, y, x2, y2, xy, sinx, siny/);
    expect(NETWORK_PROPS.features.check([]).ok).toBe(false);
  });

  it('round-trips added points and weights through their text forms', () => {
    const r = parseAdded('1.5 -2 +; -3 0.25 -');
    expect(r).toEqual({
      ok: true,
      value: [
        { x: 1.5, y: -2, label: 1 },
        { x: -3, y: 0.25, label: -1 },
      ],
    });
    if (r.ok) expect(parseAdded(formatAdded(r.value))).toEqual(r);
    expect(parseAdded('none')).toEqual({ ok: true, value: [] });
    expect(parseAdded('7 0 +').ok).toBe(false);
    expect(parseAdded('1 2 x').ok).toBe(false);
    expect(NETWORK_PROPS.edge.parse('2.1.3')).toEqual({ ok: true, value: { layer: 2, to: 1, from: 3 } });
    expect(NETWORK_PROPS.edge.parse('auto')).toEqual({ ok: true, value: null });
    expect(NETWORK_PROPS.edge.format({ layer: 2, to: 1, from: 3 })).toBe('2.1.3');
  });

  it('turns bad settings from a URL into messages and defaults, never NaN', () => {
    const { state, problems } = parseProps(
      NETWORK_PROPS,
      {
        dataset: 'moons',
        noise: 'NaN',
        rate: '1e300',
        batch: '0',
        test: '1',
        layers: '4,9',
        seed: '-1',
        edge: '1.2',
      },
      'URL',
    );
    expect(problems.map((p) => p.prop).sort()).toEqual([
      'batch',
      'dataset',
      'edge',
      'layers',
      'noise',
      'rate',
      'seed',
      'test',
    ]);
    expect(state.dataset).toBe('circle');
    expect(state.noise).toBe(0.1);
    expect(state.rate).toBe(0.03);
    expect(state.layers).toEqual([4, 2]);
    expect(problems.find((p) => p.prop === 'dataset')?.message).toMatch(
      /must be one of circle, xor, gauss, spiral/,
    );
  });
});
