/**
 * The modes of `<lumen-plane>`, by the name the `mode` prop takes. One file per mode.
 */
import type { ModeName } from '../props';
import type { Mode } from './types';
import { transformMode } from './transform';
import { spanMode } from './span';
import { compositionMode } from './composition';
import { inverseMode } from './inverse';
import { dotMode } from './dot';
import { basisMode } from './basis';
import { eigenMode } from './eigen';

export const MODE_TABLE: Readonly<Record<ModeName, Mode>> = {
  transform: transformMode,
  span: spanMode,
  composition: compositionMode,
  inverse: inverseMode,
  dot: dotMode,
  basis: basisMode,
  eigen: eigenMode,
};

export function modeOf(name: ModeName): Mode {
  return MODE_TABLE[name] ?? transformMode;
}
