/**
 * The embed script (`dist/embed.js`): one ES module a blog adds with
 *   <script type="module" src="https://…/embed.js"></script>
 * after which `<lumen-plane matrix="1 1; 0 1"></lumen-plane>` works anywhere in the page.
 * Only the widgets the page uses are downloaded.
 */
import { autoload } from './widgets/loaders';

autoload(document);
