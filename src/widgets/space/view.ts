/**
 * What `<lumen-space>` lays over its WebGL picture, placed by the same camera: the tip handles
 * (with their accessible names), the x, y, z axis labels and the cross product's name. The picture
 * itself is drawn by `scene.ts`.
 */
import type { Mat3, Vec3 } from '../../math/mat3';
import { project, type Camera } from '../../render/three-camera';
import { BASIS, columnOf3, type Basis, type CrossProduct } from './model';
import { BASIS_NAMES, point3 } from './words';
import { setText } from '../../ui/dom';

export interface OverlayDom {
  readonly handles: Readonly<Record<Basis, HTMLElement>>;
  readonly axisLabels: Readonly<Record<'x' | 'y' | 'z', HTMLElement>>;
  readonly crossLabel: HTMLElement;
}

export interface OverlayInput {
  readonly camera: Camera;
  readonly width: number;
  readonly height: number;
  /** The matrix as drawn (at the current time). */
  readonly shown: Mat3;
  readonly cross: CrossProduct | undefined;
  /** The view's radius: the axis labels sit just inside it. */
  readonly radius: number;
  /** The tips are hidden while the learner guesses. */
  readonly guessing: boolean;
}

export function placeOverlay(dom: OverlayDom, o: OverlayInput): void {
  const place = (node: HTMLElement, p: Vec3): void => {
    const at = project(o.camera, p, o.width, o.height);
    node.hidden = !at;
    if (at) node.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
  };
  for (const b of BASIS) {
    const tip = columnOf3(o.shown, b);
    place(dom.handles[b], tip);
    if (o.guessing) dom.handles[b].hidden = true;
    const label = `${BASIS_NAMES[b]} tip at ${point3(tip)}`;
    if (dom.handles[b].getAttribute('aria-label') !== label) dom.handles[b].setAttribute('aria-label', label);
  }
  const r = o.radius * 0.95;
  place(dom.axisLabels.x, [r, 0, 0]);
  place(dom.axisLabels.y, [0, r, 0]);
  place(dom.axisLabels.z, [0, 0, r]);
  if (o.cross && o.cross.area > 0) {
    place(dom.crossLabel, o.cross.vector);
    setText(dom.crossLabel, `${BASIS_NAMES[o.cross.first]}×${BASIS_NAMES[o.cross.second]}`);
  } else dom.crossLabel.hidden = true;
}
