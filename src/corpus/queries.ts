/**
 * The retrieval test set shipped with the corpus (lesson 26). Written by hand for this corpus:
 * each query is phrased the way a reader would ask, and its relevant passages are the modern
 * passages (1981 on) whose words satisfy a rule: every group must match at least one of its
 * words. The rules use the corpus's own words (often different from the query's), so a
 * retriever has to bridge related words, not only repeat the query. The build counts the
 * matches and fails if a rule matches fewer than 2 or more than 60 passages, so each query stays
 * a fair test of recall@10.
 */
export interface QuerySpec {
  readonly query: string;
  readonly rule: readonly (readonly string[])[];
}

export const QUERY_SPECS: readonly QuerySpec[] = [
  { query: 'health insurance for older people', rule: [['medicare'], ['seniors', 'elderly', 'older']] },
  {
    query: 'terrorists attacked our country',
    rule: [
      ['terrorists', 'terrorism', 'terror'],
      ['september', 'attacks', 'attacked'],
    ],
  },
  { query: 'soviet nuclear missiles', rule: [['soviet'], ['nuclear'], ['missiles', 'weapons', 'arms']] },
  { query: 'climate change and clean energy', rule: [['climate'], ['energy', 'carbon', 'emissions']] },
  {
    query: 'illegal immigration across the border',
    rule: [
      ['immigration', 'immigrants'],
      ['border', 'illegal'],
    ],
  },
  { query: 'good teachers in our schools', rule: [['teachers'], ['schools', 'classroom', 'classrooms']] },
  {
    query: 'our troops fighting in iraq',
    rule: [
      ['iraq', 'iraqi'],
      ['troops', 'soldiers', 'military'],
    ],
  },
  {
    query: 'factory jobs and manufacturing',
    rule: [
      ['manufacturing', 'factories', 'factory'],
      ['jobs', 'workers'],
    ],
  },
  {
    query: 'balance the federal budget',
    rule: [['balanced', 'balance'], ['budget'], ['deficit', 'deficits']],
  },
  {
    query: 'drug abuse and addiction',
    rule: [
      ['drugs', 'drug'],
      ['abuse', 'addiction', 'cocaine', 'crack', 'opioid'],
    ],
  },
  {
    query: 'exploring space and the moon',
    rule: [['space'], ['moon', 'mars', 'station', 'astronauts', 'nasa']],
  },
  { query: 'college tuition for students', rule: [['college'], ['tuition', 'loans', 'afford']] },
];
