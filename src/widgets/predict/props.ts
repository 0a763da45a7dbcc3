/**
 * The property table of `<lumen-predict>`, the predict-first checkpoint of a lesson: the learner
 * commits to a number or a choice before another widget reveals the answer. Every prop is the
 * lesson's own words or answer, so all are `authored`: a link cannot rewrite them.
 */
import { authored, numberProp, textProp, type StateOf } from '../../ui/props';

export const PREDICT_PROPS = {
  question: authored(
    textProp({
      default: 'What do you predict?',
      maxLength: 400,
      doc: 'The question, shown as plain text.',
    }),
  ),
  answer: authored(
    numberProp({
      default: 0,
      min: -1e6,
      max: 1e6,
      doc: 'The right answer: a number, or with `choices` the 1-based number of the right choice.',
    }),
  ),
  tolerance: authored(
    numberProp({
      default: 0,
      min: 0,
      max: 1e6,
      doc: 'How far from the answer a guess still counts as right (numbers only).',
    }),
  ),
  unit: authored(
    textProp({ default: '', maxLength: 24, doc: 'Unit shown after the number input, e.g. "units²".' }),
  ),
  choices: authored(
    textProp({
      default: '',
      maxLength: 600,
      doc: 'Choices separated by "|" (2 to 6); empty for a number input.',
    }),
  ),
  target: authored(
    textProp({ default: '', maxLength: 64, doc: 'The id of the widget that shows the answer.' }),
  ),
  reveal: authored(
    textProp({
      default: '',
      maxLength: 400,
      doc: 'Settings applied to the target on reveal, as in a URL: "t=1&formula=true".',
    }),
  ),
  slips: authored(
    textProp({
      default: '',
      maxLength: 600,
      doc: 'Known wrong answers and what each means, as "8: You added bc; the determinant subtracts it. | 2: …" (numbers only).',
    }),
  ),
  explain: authored(
    textProp({
      default: '',
      maxLength: 600,
      doc: 'Shown after the guess: why the answer is what it is.',
    }),
  ),
};

export type PredictState = StateOf<typeof PREDICT_PROPS>;
