import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/widgets/catalog';
import { propsMarkdownTable } from '../../src/ui/props-doc';
import { checkPartial, toKebab } from '../../src/ui/props';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the install-and-start command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm install && npm start/m);
    expect(firstBlock).toMatch(/^npm test/m);
  });

  it('.ci/run calls exactly the README test command', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(ci.trim().split('\n').at(-1)).toBe('npm test');
  });

  for (const [name, widget] of Object.entries(WIDGETS)) {
    it(`documents every setting of <${widget.tag}> as the code defines it (${name})`, () => {
      // When this fails, paste the expected table into the README.
      expect(readme).toContain(propsMarkdownTable(widget.props));
    });
  }

  for (const [name, widget] of Object.entries(WIDGETS)) {
    it(`<${widget.tag}>.setState takes every setting by its documented name and text (${name})`, () => {
      // The tables document the attribute spelling (`false-positive`, `sd-x`) and its text ('auto').
      for (const [key, prop] of Object.entries(widget.props)) {
        const text = prop.format(prop.default as never);
        const spelled = checkPartial(widget.props, { [toKebab(key)]: text });
        expect(spelled.problems, `${toKebab(key)}="${text}"`).toEqual([]);
        expect(prop.equals(spelled.state[key] as never, prop.default as never)).toBe(true);
        expect(checkPartial(widget.props, { [key]: prop.default }).problems, key).toEqual([]);
      }
    });
  }
});
