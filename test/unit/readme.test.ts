import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/widgets/catalog';
import { propsMarkdownTable } from '../../src/ui/props-doc';

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
});
