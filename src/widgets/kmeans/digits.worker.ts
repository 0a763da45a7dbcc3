/** The worker of `<lumen-kmeans>`'s MNIST mode: the digits core, answering the page. */
import { createDigitsCore } from './digits-core';
import type { DigitsReply, DigitsRequest } from './digits-protocol';

const scope = self as unknown as Worker;
const core = createDigitsCore((r: DigitsReply) => scope.postMessage(r), true);
scope.addEventListener('message', (e: MessageEvent<DigitsRequest>) => core.handle(e.data));
