/**
 * @module scorers/label-roles — replies that answer in another role than the classifier's.
 *
 * A model asked to label a customer's message sometimes answers the customer instead ("I'm sorry
 * about the double charge! I've issued a refund … Anything else I can help with?"): the words of a
 * label it uses ("refund", "cancelled your subscription") describe what the agent did, not the
 * message's class. A model asked a legal or medical question sometimes declines to advise, naming
 * the question's verb as it does ("For questions about what rights a clause grants, consult an
 * attorney"): that names the question, it does not answer it. Neither is an answer unless a label
 * is committed (after a cue, or standing alone).
 */

/** The agent's voice: an apology to the customer, an action taken on their account, an offer of more help. */
const AGENT = /\b(?:is\s+there\s+anything\s+else\s+(?:i|we)\s+can\s+(?:help|do|assist)|anything\s+else\s+(?:i|we)\s+can\s+(?:help|do|assist)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|very\s+|really\s+)?sorry\s+(?:to\s+hear|about|for)|sorry\s+to\s+see\s+you\s+go|thanks?\s+(?:you\s+)?for\s+(?:reaching\s+out|contacting)|(?:i|we)(?:'ve|\s+have)\s+(?:just\s+)?(?:issued|flagged|cancell?ed|processed|updated|escalated|refunded|reset|changed|opened|credited|switched)\s+(?:a|an|the|your)\b|how\s+(?:can|may)\s+i\s+(?:help|assist)\s+you)/i;

const AGENT_ALL = new RegExp(AGENT.source, 'gi');

/** Two or more marks of the agent's voice: the reply speaks to the customer. */
export function answersAsAgent(text: string): boolean {
  // the second mark is enough: no pattern built per call, no list of every match
  AGENT_ALL.lastIndex = 0;
  const found = AGENT_ALL.exec(text) !== null && AGENT_ALL.exec(text) !== null;
  AGENT_ALL.lastIndex = 0;
  return found;
}

/** A refusal to give legal, medical or financial advice, or to interpret a contract, with no "but" answering after it. */
const ADVICE_REFUSAL = /\b(?:(?:i'?m|i\s+am)\s+(?:not\s+able|unable)\s+to|i\s+(?:can(?:no|')t|can\s+not|won't|will\s+not)|(?:not\s+able|unable)\s+to)\s+(?:\w+\s+){0,3}?(?:(?:provide|give|offer|render)\s+(?:\w+\s+){0,2}?(?:legal|medical|financial|professional)\s+(?:advice|opinions?|guidance)|interpret\s+(?:\w+\s+){0,2}?(?:contracts?|provisions|clauses?|agreements?))/i;

/** True when the reply declines to advise (see ADVICE_REFUSAL) and says nothing after it that turns to an answer. */
export function declinesToAdvise(text: string): boolean {
  const m = ADVICE_REFUSAL.exec(text);
  return m !== null && !/\b(?:but|that\s+said|however|still)\b/i.test(text.slice(m.index + m[0].length));
}
