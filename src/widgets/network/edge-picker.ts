/**
 * Picking a weight in `<lumen-network>`'s diagram: hover shows a weight's gradient, a click or the
 * focus selects it (the `edge` state key), the arrow keys walk the weights (↑ ↓ within a layer,
 * ← → between layers). A controller: on every state change it says so when `edge` names a weight
 * the network does not have (or quietly goes back to auto when the learner's own click removed it).
 */
import type { Source } from '../../ui/props';
import type { ControlHost, Controller } from '../../ui/widget-element';
import type { NetworkDiagram } from './diagram';
import type { NetworkDom } from './dom';
import { autoEdge, edgeExists, isEdgeKey, layerSizes, nextEdge } from './model';
import { formatEdge, type EdgeRef, type NETWORK_PROPS } from './props';

export class EdgePicker implements Controller {
  /** The weight under the pointer, shown instead of the selected one while it is there. */
  private hovered: EdgeRef | undefined;

  constructor(
    private readonly host: ControlHost<typeof NETWORK_PROPS>,
    dom: NetworkDom,
    private readonly diagram: NetworkDiagram,
    drawNow: () => void,
  ) {
    const edgeFrom = (e: Event): { ref: EdgeRef; el: SVGGElement } | undefined => {
      for (const t of e.composedPath()) {
        if (t === dom.diagram) return undefined;
        const ref = this.diagram.edgeOf(t);
        if (ref) return { ref, el: this.diagram.edgeElement(ref) as SVGGElement };
      }
      return undefined;
    };
    dom.diagram.addEventListener('pointerover', (e) => {
      const hit = edgeFrom(e);
      if (hit && formatEdge(hit.ref) !== formatEdge(this.hovered ?? null)) {
        this.hovered = hit.ref;
        host.requestRender();
      }
    });
    dom.diagram.addEventListener('pointerleave', () => {
      if (!this.hovered) return;
      this.hovered = undefined;
      host.requestRender();
    });
    dom.diagram.addEventListener('click', (e) => {
      const hit = edgeFrom(e);
      if (!hit) return;
      this.select(hit.ref);
      hit.el.focus({ preventScroll: true });
    });
    dom.diagram.addEventListener('focusin', (e) => {
      const hit = edgeFrom(e);
      if (hit) this.select(hit.ref);
    });
    dom.diagram.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !isEdgeKey(e.key)) return;
      const hit = edgeFrom(e);
      if (!hit) return;
      e.preventDefault();
      const to = nextEdge(layerSizes(host.state.layers, host.state.features), hit.ref, e.key);
      this.hovered = undefined;
      this.select(to);
      drawNow();
      this.diagram.edgeElement(to)?.focus();
    });
  }

  private select(e: EdgeRef): void {
    if (formatEdge(e) !== formatEdge(this.host.state.edge)) this.host.update({ edge: e });
  }

  selectedEdge(): EdgeRef {
    const sizes = layerSizes(this.host.state.layers, this.host.state.features);
    const e = this.host.state.edge;
    return e && edgeExists(sizes, e) ? e : autoEdge(sizes);
  }

  shownEdge(): EdgeRef {
    const sizes = layerSizes(this.host.state.layers, this.host.state.features);
    return this.hovered && edgeExists(sizes, this.hovered) ? this.hovered : this.selectedEdge();
  }

  /**
   * Says so when `edge` names a weight the network does not have. When the learner's own click
   * removed it (a layer or a neuron less), the selection quietly goes back to auto.
   */
  hostUpdated(_previous: unknown, source: Source | 'user'): void {
    const e = this.host.state.edge;
    const sizes = layerSizes(this.host.state.layers, this.host.state.features);
    if (source === 'user' && e && !edgeExists(sizes, e)) {
      this.host.update({ edge: null });
      return;
    }
    this.host.setMessage(
      'edge',
      e && !edgeExists(sizes, e)
        ? `edge="${formatEdge(e)}": this network has no such weight; showing ${formatEdge(autoEdge(sizes))} instead.`
        : undefined,
    );
  }
}
