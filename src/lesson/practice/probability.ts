/**
 * Practice for probability lessons 11, 14 and 15: dice and coins, conditional probability and
 * Bayes, expectation and variance. Probabilities are asked to 2 decimals (tolerance 0.005, or
 * 0.01 for a Bayes posterior); the rest are whole numbers.
 */
import type { Random } from '../../math/random';
import { int, n, pick, type PracticeItem, type PracticeSet } from './item';

/** A probability shown to 4 decimals in a worked step. */
const d4 = (x: number): string => n(Number(x.toFixed(4)));

const diceSum: (rng: Random) => PracticeItem = (rng) => {
  const s = int(rng, 3, 11);
  const ways = 6 - Math.abs(7 - s);
  return {
    kind: 'dice-sum',
    prompt: `Two fair dice are rolled. The probability that they add up to ${s} (to 2 decimals)?`,
    tex: `P(D_1 + D_2 = ${s})`,
    text: `P(two dice sum to ${s})?`,
    answerKind: 'number',
    answer: [ways / 36],
    tolerance: 0.005,
    slips: [
      {
        at: [1 / 11],
        says: 'That treats the 11 sums 2 … 12 as equally likely; count the 36 ordered pairs instead.',
      },
    ],
    steps: [
      `\\text{${ways} of the 36 equally likely pairs add up to ${s}}`,
      `P = \\frac{${ways}}{36} \\approx ${d4(ways / 36)}`,
    ],
    given: { s },
  };
};

const atLeastOne: (rng: Random) => PracticeItem = (rng) => {
  const k = int(rng, 2, 5);
  const p = 1 - 1 / 2 ** k;
  return {
    kind: 'at-least-one-head',
    prompt: `A fair coin is flipped ${k} times. The probability of at least one head (to 2 decimals)?`,
    tex: `P(\\text{at least one head in } ${k} \\text{ flips})`,
    text: `P(at least one head in ${k} flips)?`,
    answerKind: 'number',
    answer: [p],
    tolerance: 0.005,
    slips: [
      {
        at: [1 / 2 ** k],
        says: 'That is the chance of no head at all; at least one is everything else: 1 minus it.',
      },
    ],
    steps: [
      `P(\\text{no head}) = (1/2)^{${k}} = ${d4(1 / 2 ** k)}`,
      `P(\\text{at least one}) = 1 - ${d4(1 / 2 ** k)} = ${d4(p)}`,
    ],
    given: { k },
  };
};

const expectedCount: (rng: Random) => PracticeItem = (rng) => {
  const rolls = 6 * int(rng, 2, 20);
  const face = int(rng, 1, 6);
  return {
    kind: 'expected-count',
    prompt: `A fair die is rolled ${rolls} times. How many ${face}s do you expect?`,
    tex: `E[\\text{number of ${face}s}] = n\\,p`,
    text: `Expected number of ${face}s in ${rolls} rolls?`,
    answerKind: 'number',
    answer: [rolls / 6],
    tolerance: 0,
    slips: [],
    steps: [`n\\,p = ${rolls} \\cdot \\frac{1}{6} = ${n(rolls / 6)}`],
    given: { rolls },
  };
};

const fromTable: (rng: Random) => PracticeItem = (rng) => {
  // Counts of people by A (rows) and B (columns).
  const ab = int(rng, 2, 30);
  const anb = int(rng, 2, 30);
  const nab = int(rng, 2, 30);
  const nanb = int(rng, 10, 60);
  const answer = ab / (ab + nab);
  return {
    kind: 'conditional-from-counts',
    prompt: `Of ${ab + anb + nab + nanb} people, ${ab} are A and B, ${anb} are A but not B, ${nab} are B but not A, the rest neither. P(A | B), to 2 decimals?`,
    tex: `P(A \\mid B) = \\frac{|A \\cap B|}{|B|}`,
    text: `P(A | B) with ${ab} A and B, ${anb} A only, ${nab} B only?`,
    answerKind: 'number',
    answer: [answer],
    tolerance: 0.005,
    slips: [{ at: [ab / (ab + anb)], says: 'That is P(B | A): given B, divide by everyone who is B.' }],
    steps: [
      `|B| = ${ab} + ${nab} = ${ab + nab}`,
      `P(A \\mid B) = \\frac{${ab}}{${ab + nab}} \\approx ${d4(answer)}`,
    ],
    given: { ab, anb, nab },
  };
};

const bayes: (rng: Random) => PracticeItem = (rng) => {
  const prior = pick(rng, [0.01, 0.02, 0.05, 0.1, 0.2]);
  const sens = pick(rng, [0.8, 0.9, 0.95, 0.99]);
  const fpr = pick(rng, [0.02, 0.05, 0.1]);
  const post = (prior * sens) / (prior * sens + (1 - prior) * fpr);
  return {
    kind: 'bayes',
    prompt: `${n(prior * 100)}% of people have a condition. The test finds ${n(sens * 100)}% of them, and gives a false positive to ${n(fpr * 100)}% of the rest. After a positive test, the probability of the condition (to 2 decimals)?`,
    tex: `P(D \\mid +) = \\frac{P(+ \\mid D)\\,P(D)}{P(+ \\mid D)\\,P(D) + P(+ \\mid \\neg D)\\,P(\\neg D)}`,
    text: `Prior ${prior}, sensitivity ${sens}, false positive rate ${fpr}: P(condition | positive)?`,
    answerKind: 'number',
    answer: [post],
    tolerance: 0.01,
    slips: [
      {
        at: [sens],
        says: 'That is P(+ | D), how often the sick test positive; the question asks the other way round, and the base rate counts.',
      },
    ],
    steps: [
      `P(+) = ${n(sens)} \\cdot ${n(prior)} + ${n(fpr)} \\cdot ${n(Number((1 - prior).toFixed(2)))} = ${d4(prior * sens + (1 - prior) * fpr)}`,
      `P(D \\mid +) = \\frac{${d4(prior * sens)}}{${d4(prior * sens + (1 - prior) * fpr)}} \\approx ${d4(post)}`,
    ],
    given: { prior, sens, fpr },
  };
};

const independent: (rng: Random) => PracticeItem = (rng) => {
  const a = int(rng, 1, 9) / 10;
  const b = int(rng, 1, 9) / 10;
  return {
    kind: 'independent-and',
    prompt: `A and B are independent, P(A) = ${n(a)} and P(B) = ${n(b)}. P(A and B)?`,
    tex: `P(A \\cap B)`,
    text: `Independent, P(A) = ${a}, P(B) = ${b}: P(A and B)?`,
    answerKind: 'number',
    answer: [a * b],
    tolerance: 0.005,
    slips:
      a + b <= 1
        ? [
            {
              at: [a + b],
              says: 'Adding is for "or" with no overlap; "and" of independent events multiplies.',
            },
          ]
        : [],
    steps: [`P(A \\cap B) = P(A)\\,P(B) = ${n(a)} \\cdot ${n(b)} = ${d4(a * b)}`],
    given: { a, b },
  };
};

const expectation: (rng: Random) => PracticeItem = (rng) => {
  const xs = [int(rng, -3, 0), int(rng, 1, 4), int(rng, 5, 9)];
  const quarters = pick(rng, [
    [1, 2, 1],
    [2, 1, 1],
    [1, 1, 2],
  ]);
  const ps = quarters.map((q) => q / 4);
  const e = xs.reduce((s, x, i) => s + x * ps[i]!, 0);
  const plain = (xs[0]! + xs[1]! + xs[2]!) / 3;
  return {
    kind: 'expectation',
    prompt: `X is ${xs.join(', ')} with probabilities ${ps.map(n).join(', ')}. E[X]?`,
    tex: `E[X] = \\sum_x x\\,P(X = x)`,
    text: `E[X] for values ${xs.join(', ')} with probabilities ${ps.join(', ')}?`,
    answerKind: 'number',
    answer: [e],
    tolerance: 0.005,
    slips: [
      { at: [plain], says: 'That is the plain average of the values; weight each by its probability.' },
    ],
    steps: [`${xs.map((x, i) => `${n(x)} \\cdot ${n(ps[i]!)}`).join(' + ')} = ${n(e)}`],
    given: { xs, ps },
  };
};

const varianceScaled: (rng: Random) => PracticeItem = (rng) => {
  const v = int(rng, 1, 9);
  const a = pick(rng, [-3, -2, 2, 3, 4]);
  const b = int(rng, 1, 9);
  return {
    kind: 'variance-of-affine',
    prompt: `Var(X) = ${v}. What is Var(${a}X + ${b})?`,
    tex: `\\operatorname{Var}(${a}X + ${b})`,
    text: `Var(X) = ${v}: Var(${a}X + ${b})?`,
    answerKind: 'number',
    answer: [a * a * v],
    tolerance: 0,
    slips: [
      { at: [a * v], says: 'Variance is in squared units: the factor comes out squared.' },
      {
        at: [a * a * v + b],
        says: 'A shift moves every value alike and changes no spread: the + b drops out.',
      },
    ],
    steps: [`\\operatorname{Var}(aX + b) = a^2 \\operatorname{Var}(X) = ${a * a} \\cdot ${v} = ${a * a * v}`],
    given: { v, a, b },
  };
};

const linearity: (rng: Random) => PracticeItem = (rng) => {
  const ex = int(rng, -5, 5);
  const ey = int(rng, -5, 5);
  const a = pick(rng, [-2, 2, 3]);
  const b = pick(rng, [-3, -1, 1, 4]);
  const e = a * ex + b * ey;
  return {
    kind: 'expectation-linear',
    prompt: `E[X] = ${n(ex)} and E[Y] = ${n(ey)} (X and Y need not be independent). E[${a}X ${b < 0 ? '−' : '+'} ${Math.abs(b)}Y]?`,
    tex: `E[aX + bY] = a\\,E[X] + b\\,E[Y]`,
    text: `E[X] = ${ex}, E[Y] = ${ey}: E[${a}X + ${b}Y]?`,
    answerKind: 'number',
    answer: [e],
    tolerance: 0,
    slips: [],
    steps: [
      `${a} \\cdot ${ex < 0 ? `(${n(ex)})` : n(ex)} + ${b < 0 ? `(${n(b)})` : n(b)} \\cdot ${ey < 0 ? `(${n(ey)})` : n(ey)} = ${n(e)}`,
    ],
    given: { ex, ey, a, b },
  };
};

export const PROBABILITY: Readonly<Record<string, PracticeSet>> = {
  'pr-11': { title: 'Chance and large numbers', generators: [diceSum, atLeastOne, expectedCount] },
  'pr-14': { title: 'Conditional probability and Bayes', generators: [fromTable, bayes, independent] },
  'pr-15': { title: 'Expectation and variance', generators: [expectation, varianceScaled, linearity] },
};
