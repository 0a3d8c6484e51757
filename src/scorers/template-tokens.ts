/**
 * @module scorers/template-tokens — chat-template debris and stop strings cut from a reply before it is read.
 *
 * Misconfigured local servers hand back the template's special tokens with the
 * text: an end-of-turn token right after the answer (`C<|im_end|>`), a role header
 * before it (`<|im_start|>assistant`), an `[/INST]`, and sometimes a whole invented
 * next turn after the end token. A reader takes the assistant's first turn: the
 * text after the last instruction close, up to the first end-of-turn token or stop
 * string that follows some text.
 */

/** Tokens that end the assistant's turn (or open another one). */
const END_OF_TURN =
  /<\|im_end\|>|<\|eot_id\|>|<\|eom_id\|>|<\/s>|<\|endoftext\|>|<\|end_of_text\|>|<end_of_turn>|<\|end\|>|<\|im_start\|>|<\|start_header_id\|>|<start_of_turn>|<\|user\|>|<\|system\|>|\[INST\]|<\|END_OF_TURN_TOKEN\|>|<\|end▁of▁sentence\|>/g;

/** Role headers and start tokens that may open a reply. */
const OPENERS =
  /^(?:\s*(?:<s>|<\|begin_of_text\|>|<\|im_start\|>\s*assistant|<\|start_header_id\|>\s*assistant\s*<\|end_header_id\|>|<start_of_turn>\s*model|<\|assistant\|>|<\|START_OF_TURN_TOKEN\|>\s*<\|CHATBOT_TOKEN\|>|<\|end_header_id\|>))+/i;

/** The characters every pattern of stripTemplate needs one of. */
const TEMPLATE_CHARS = /[<[\n\u2581]/;

/** Plain-text turn markers a base model writes when it runs on into an invented next turn. */
const TEXT_TURNS = /\n[ \t]*(?:#{2,3}[ \t]*(?:Instruction|Human|User|Input)\b|Human:|User:|USER:|<\|user\|>)/;

/** An Alpaca-style response header on a line of its own. */
const RESPONSE_HEADER = /(?:^|\n)[ \t]*#{2,3}[ \t]*(?:Response|Assistant)[ \t]*:?[ \t]*(?=\n)/gi;

/** A role name a plain-text template leaves before the reply ("Assistant: d", "AI: (D)", "Model: e"). */
const ROLE_PREFIX = /^\s*(?:assistant|ai|bot|chatbot|model|gpt)[^\S\n]*:[^\S\n]*(?=\S)/i;

/**
 * The assistant's own turn in `text`: after the last `[/INST]`, without opening
 * role headers, up to the first end-of-turn token, text turn marker or one of
 * `stop` that follows some text. Tokens before any text are dropped.
 */
export function stripTemplate(text: string, stop: readonly string[] = []): string {
  text = text.replace(ROLE_PREFIX, '');
  // Every token and marker below has a '<', '[', '\n' or '▁': a reply with none (and no stop string) is its own turn.
  if (stop.length === 0 && !TEMPLATE_CHARS.test(text)) return text;
  // byte-fallback tokens ("<0x0A>") and SentencePiece word marks ("▁The▁answer") decoded
  let out = text.replace(/<0x0A>/gi, '\n').replace(/<0x[0-9A-F]{2}>/gi, ' ').replace(/\u2581(?![^<]*\|>)/g, ' ');
  // a system or user turn echoed before the assistant's: the reply starts after the assistant's opener
  const sys = /^\s*(?:<s>\s*)?(?:<\|system\|>|<\|user\|>|<\|im_start\|>\s*(?:system|user)|<\|start_header_id\|>\s*(?:system|user)\s*<\|end_header_id\|>)/i.exec(out);
  const assistant = /<\|assistant\|>|<\|im_start\|>\s*assistant|<\|start_header_id\|>\s*assistant\s*<\|end_header_id\|>/i.exec(out);
  if (sys && assistant && assistant.index > sys.index) out = out.slice(assistant.index);
  // "[INST] … [/INST] A [/INST]": a closing tag after the answer is debris (only tried when there is
  // one: on a long run of whitespace the pattern's scan is quadratic, seconds for 50,000 spaces)
  if (out.includes('[/INST]')) out = out.replace(/(?:\s*\[\/INST\])+\s*$/, (m) => (out.slice(0, out.length - m.length).includes('[/INST]') ? '' : m));
  // "[INST] Question … [/INST] Answer: B [INST] Thank you! [/INST] You're welcome!": the prompt echoed, then the
  // assistant's first turn, then invented turns; the first turn is the reply (empty, it answers nothing)
  const echoed = /^\s*(?:<s>\s*)?\[INST\]/.exec(out);
  const closing = echoed ? out.indexOf('[/INST]', echoed[0].length) : -1;
  if (closing >= 0 && out.indexOf('[INST]', closing) >= 0) {
    const first = out.slice(closing + 7, out.indexOf('[INST]', closing)).replace(END_OF_TURN, '').replace(/<s>/g, '');
    out = first.trim() === '' ? '' : first;
  }
  // an answer before an invented next instruction ("C</s><s>[INST] … [/INST] D") is the reply
  const next = out.indexOf('[INST]');
  if (next > 0 && out.slice(0, next).replace(END_OF_TURN, '').replace(/<s>|<\|begin_of_text\|>/g, '').trim() !== '') out = out.slice(0, next);
  const inst = out.lastIndexOf('[/INST]');
  if (inst >= 0 && out.slice(inst + 7).trim() !== '') out = out.slice(inst + 7);
  else if (inst >= 0) out = out.slice(0, inst);
  out = out.replace(OPENERS, '');
  for (;;) {
    END_OF_TURN.lastIndex = 0;
    const m = END_OF_TURN.exec(out);
    if (m === null) break;
    if (out.slice(0, m.index).trim() !== '') {
      out = out.slice(0, m.index);
      break;
    }
    out = out.slice(m.index + m[0].length).replace(OPENERS, '');
  }
  // "### Instruction: … ### Input: … ### Response:\nC": a reply that opens by echoing the prompt; its own turn follows the first response header
  // (also after the Alpaca template's preamble, "Below is an instruction that describes a task. …")
  if (/^\s*(?:Below\s+is\s+an\s+instruction\b[^\n]*\n\s*)?#{2,3}[ \t]*(?:Instruction|Input|Human|User)\b/i.test(out)) {
    RESPONSE_HEADER.lastIndex = 0;
    const header = RESPONSE_HEADER.exec(out);
    if (header && out.slice(header.index + header[0].length).trim() !== '') out = out.slice(header.index + header[0].length);
  }
  const turn = TEXT_TURNS.exec(out);
  if (turn && out.slice(0, turn.index).trim() !== '') out = out.slice(0, turn.index);
  for (const s of stop) {
    if (s === '') continue;
    const at = out.indexOf(s);
    if (at > 0 && out.slice(0, at).trim() !== '') out = out.slice(0, at);
  }
  return out.replace(/<\|end_header_id\|>|<\|begin_of_text\|>|<s>/g, '');
}
