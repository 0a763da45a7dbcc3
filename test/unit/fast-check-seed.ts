/**
 * One fixed fast-check seed for the whole unit suite, so a CI run is reproducible and a red run
 * means the code changed, not the dice. `FC_SEED=random npm run test:unit` (or any number)
 * explores other cases; a failure prints its seed and path to replay it.
 */
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261125 });
