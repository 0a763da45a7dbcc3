/** The sample settings the `<lumen-estimate>` unit tests start from (model and view alike). */
export const NORMAL = {
  source: 'normal' as const,
  mean: 10,
  sd: 2,
  p: 0.5,
  n: 10,
  seed: 5,
  level: 95 as const,
  method: 't' as const,
};
export const COIN = { ...NORMAL, source: 'coin' as const, p: 0.3, n: 20, method: 'wilson' as const };
