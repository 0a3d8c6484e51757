/**
 * The round's review of batch 11's and 14's choice rules, replies of our own written before the extractor read them
 * (kept out of the corpora, whose counts the README states). A doubt about one option before "but" another is no
 * "not X but Y" (the cue read the second option in the first and third: 2 false commits); a correction that says
 * "I don't know" and then answers after all is that answer (all four were unread); one that ends in the doubt is none.
 * "A letra B." opens with the Portuguese article before "letra": read again (2.49.0's article rule took "A " for a letter).
 * "Actually" and "in fact" in other languages ("en fait", "de hecho", "其实") correct an answer given before them (2 of 10
 * misread, both false commits, when the label reader alone had the words).
 */
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/scorers/choice-extract.js';

const CAPITAL = { A: 'Sydney', B: 'Melbourne', C: 'Canberra', D: 'Perth' };
const ANTIDOTE = { A: 'Naloxone', B: 'Flumazenil', C: 'Atropine', D: 'N-acetylcysteine' };
const ORGAN = { A: 'Mitochondrion', B: 'Nucleus', C: 'Ribosome', D: 'Golgi apparatus', E: 'Lysosome' };
const GAS = { A: 'Nitrogen', B: 'Oxygen', C: 'Argon', D: 'Carbon dioxide', E: 'Neon' };

const ROWS: Array<[string, Record<string, string>, string | null]> = [
  // a doubt, then another option: no answer
  ['Not sure if A, but C could fit too.', CAPITAL, null],
  ["Not convinced by B, but D isn't obviously better.", ANTIDOTE, null],
  ["Ce n'est pas sûr pour la A, mais la C non plus.", ORGAN, null],
  // "not X but Y" with a copula, an article or "option" between
  ["It's not option A but C.", CAPITAL, 'C'],
  ['The answer is not B but D.', ANTIDOTE, 'D'],
  // "I don't know" after a correction, then an answer
  ["The answer is B. Wait, I'm not sure. Let me think again: the patient is hypotensive, so the answer is C.", ANTIDOTE, 'C'],
  ['Answer: B. Actually, not sure. Looking at the map once more, the answer is C.', CAPITAL, 'C'],
  ['Resposta: B. Ops, não sei. Pensando melhor, a resposta correta é D.', ORGAN, 'D'],
  ['Respuesta: A. Perdón, no sé... pensándolo bien, la respuesta es C.', GAS, 'C'],
  // …and with nothing after it
  ["Answer: C. Oops, I don't know. Sorry.", GAS, null],
  ['Respuesta: A. Perdón, no sé.', CAPITAL, null],
  // a sentence opening with the Portuguese article before "letra"/"opção"/"alternativa" (unread in 2.49.0 to 2.54.1), the
  // article alone before a letter in lower case only
  ['A letra B.', ANTIDOTE, 'B'],
  ['A opção C.', CAPITAL, 'C'],
  ['A alternativa E.', GAS, 'E'],
  ['Resposta: A letra D', ORGAN, 'D'],
  ['Escolheria a C.', GAS, 'C'],
  ['A B', ANTIDOTE, null],
  ['A\n\nC', GAS, null],
  // "actually" and "in fact" in other languages between two answers take the first back, as in the label reader (it had
  // them alone: the choice reader read the first answer of the last two), and reinforce an answer they repeat
  ['Respuesta: B. De hecho, no: es la C.', GAS, 'C'],
  ["Réponse : A. En fait, c'est la D.", ANTIDOTE, 'D'],
  ['Resposta: A. Na verdade, é a C.', CAPITAL, 'C'],
  ['答案是B。其实是C。', ORGAN, 'C'],
  ['Risposta: B. In realtà è la D.', ANTIDOTE, 'D'],
  ['La respuesta es B. De hecho, B es la única que encaja.', GAS, 'B'],
  ['En este momento, la opción correcta es C.', CAPITAL, 'C'],
  ['Réponse : B. En fait, C est faux.', ANTIDOTE, 'B'],
  ['Antwort: D. Eigentlich klar: D.', ORGAN, 'D'],
  ['Resposta: C. Na verdade, a C é a única correta.', GAS, 'C'],
];

describe('choice review of the round\'s rules', () => {
  for (const [reply, choices, want] of ROWS) {
    it(`reads ${JSON.stringify(reply)} as ${want ?? 'no answer'}`, () => {
      expect(readChoice(reply, choices).value).toBe(want);
    });
  }
});
