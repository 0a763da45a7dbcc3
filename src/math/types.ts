/**
 * The tuple types every piece of linear algebra shares, in a file of their own so that modules
 * needing only a type (jacobi.ts, ui/keys.ts, render/view2d.ts) import no code. Matrices are
 * row-major: `[a, b, c, d]` is | a b ; c d |, and a Mat3 lists its three rows in turn.
 */
export type Vec2 = readonly [number, number];
export type Mat2 = readonly [number, number, number, number];
export type Vec3 = readonly [number, number, number];
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];
