/** The label sets the label corpora's rows are written against (each row names its set). */
export const PQA = ['yes', 'no', 'maybe'];
export const YN = ['Yes', 'No'];
export const TRI = ['emergent', 'urgent', 'non-urgent'];
export const SENT = ['positive', 'negative', 'neutral'];
export const NLI = ['entailment', 'neutral', 'contradiction'];
export const NEWS = ['World', 'Sports', 'Business', 'Sci/Tech'];
export const TOX = ['toxic', 'non-toxic'];
export const EMO = ['sadness', 'joy', 'love', 'anger', 'fear', 'surprise'];
export const CLAUSE = ['indemnification', 'limitation of liability', 'termination', 'confidentiality', 'governing law', 'non-compete', 'warranty', 'assignment'];
