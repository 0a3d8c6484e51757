/**
 * Replies of our own for the rules batch 10's fix round added (none copied from batch 10): answers
 * inside tool-call envelopes and arrays of answer objects, a JSON answer that is an option's place.
 * Each rule has rows that must NOT commit, so it cannot over-read. Each row: [class, reply, option
 * set, what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const CAPITAL = { A: 'Sydney', B: 'Melbourne', C: 'Canberra', D: 'Perth' };
const ORGAN = { A: 'Mitochondrion', B: 'Nucleus', C: 'Ribosome', D: 'Golgi apparatus', E: 'Lysosome' };
const YEAR = { A: '1987', B: '1989', C: '1991', D: '1993' };
const SQUARE = { A: '1', B: '2', C: '4', D: '8' };
const PRIME = { A: '21', B: '23', C: '25', D: '27', E: '29' };
const ANTIDOTE = { A: 'Naloxone', B: 'Flumazenil', C: 'Atropine', D: 'N-acetylcysteine' };

const ROWS: Row[] = [
  // tool-call envelopes: OpenAI's function.arguments (a JSON string), Anthropic's tool_use input, arrays of answer objects
  ['tool_call', '{"tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "submit", "arguments": "{\\"option\\": \\"C\\"}"}}]}', CAPITAL, 'C'],
  ['tool_call', '[{"type": "function", "function": {"name": "pick", "arguments": "{\\"letter\\": \\"d\\", \\"why\\": \\"the Golgi packages proteins\\"}"}}]', ORGAN, 'D'],
  ['tool_call', '{"type": "tool_use", "id": "toolu_9", "name": "select_option", "input": {"selected_option": "A"}}', ANTIDOTE, 'A'],
  ['tool_call', '[{"type": "text", "text": "Recording my answer."}, {"type": "tool_use", "id": "t1", "name": "answer", "input": {"answer": "E", "confidence": 0.8}}]', ORGAN, 'E'],
  ['tool_call', '{"results": [{"id": "q1", "selected": "B"}]}', YEAR, 'B'],
  ['tool_call', '{"response": {"answers": [{"question": 1, "answer": "Canberra"}]}}', CAPITAL, 'C'],
  ['tool_call_null', '[{"type": "function", "function": {"name": "answer", "arguments": "{\\"answer\\": \\"A\\"}"}}, {"type": "function", "function": {"name": "answer", "arguments": "{\\"answer\\": \\"C\\"}"}}]', CAPITAL, null],
  ['tool_call_null', '{"answers": [{"question": 1, "choice": "B"}, {"question": 2, "choice": "D"}]}', ANTIDOTE, null],
  ['tool_call_null', '{"type": "function", "function": {"name": "lookup", "arguments": "{\\"query\\": \\"capital of Australia\\"}"}}', CAPITAL, null],
  ['tool_call_null', '{"type": "tool_use", "id": "toolu_2", "name": "ask_user", "input": {"question": "Which organelle do you mean, A or D?"}}', ORGAN, null],
  // a JSON answer that is an option's place where no option's value could be a place
  ['json_place', '{"answer": 3}', PRIME, 'C'],
  ['json_place', '{"option_number": 2}', YEAR, 'B'],
  ['json_place', '{"answer": 23}', PRIME, 'B'],
  ['json_place_null', '{"answer": 3}', SQUARE, null],
  ['json_place_null', '{"answer": 7}', PRIME, null],
  ['json_place_null', '{"answer": 1990}', YEAR, null],
];

export const CHOICE_RULES_B10: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r10:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
