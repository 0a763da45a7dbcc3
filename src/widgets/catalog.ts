/**
 * Every widget, by its short name: the tag and the property table. Pure data (no DOM), so the
 * lesson builder can check a directive's settings in Node with the very table the element uses.
 * The elements themselves load lazily through `loaders.ts`.
 */
import type { PropTable } from '../ui/props';
import { PLANE_PROPS } from './plane/props';

export interface WidgetInfo {
  readonly tag: string;
  readonly props: PropTable;
  readonly summary: string;
}

export const WIDGETS: Readonly<Record<string, WidgetInfo>> = {
  plane: {
    tag: 'lumen-plane',
    props: PLANE_PROPS,
    summary: 'A 2D linear transformation: drag where î and ĵ land.',
  },
};

export function widgetByTag(tag: string): [string, WidgetInfo] | undefined {
  return Object.entries(WIDGETS).find(([, w]) => w.tag === tag.toLowerCase());
}
