/**
 * The reference scorer on replies shaped like those real chat models give to the shipped
 * medical-diagnosis vignettes (terse, chatty, markdown-heavy, reasoning, JSON, hedging, refusing),
 * each labelled with what a careful reader reads as the answer and whether it names the diagnosis.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/suites/load.js';
import { referenceOptions, scoreReference } from '../../src/scorers/reference.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = await loadSuite('medical-diagnosis', { tasksDir: path.join(root, 'tasks') });
const byReference = new Map(suite.items.map((i) => [i.reference as string, i]));
const options = referenceOptions(suite.scorer);

/** [reference of the item, reply, what is read (null: nothing), correct, reason when not correct] */
const REPLIES: Array<[string, string, string | null, boolean, string?]> = [
  ['Acute appendicitis', 'Based on the symptoms described, the most likely diagnosis for this patient is acute appendicitis. The migration of pain from the periumbilical region to the right lower quadrant, anorexia and tenderness at McBurney\'s point are classic signs.', 'acute appendicitis', true],
  ['Pulmonary embolism', "**Most Likely Diagnosis: Pulmonary Embolism (PE)**\n\nThe patient's presentation is highly suggestive:\n\n* Recent long-haul flight\n* Estrogen-containing contraceptive\n* Hypoxia with clear lungs", 'Pulmonary Embolism (PE)', true],
  ['Giant cell arteritis', '## Diagnosis\n**Giant cell arteritis** (temporal arteritis)\n\n## Rationale\nJaw claudication, scalp tenderness and a raised ESR in a woman over 50.', 'Giant cell arteritis (temporal arteritis)', true],
  ['Kawasaki disease', '<think>\nFever for six days, conjunctivitis, strawberry tongue, cracked lips, one node, swollen hands. Scarlet fever has exudate... no. Measles has cough and Koplik spots.\n</think>\n\nThe most likely diagnosis is **Kawasaki disease**.', 'Kawasaki disease', true],
  ['Hashimoto thyroiditis', 'Diagnosis: Hashimoto\'s thyroiditis', "Hashimoto's thyroiditis", true],
  ['Addison disease', "Addison's disease", "Addison's disease", true],
  ['Multiple sclerosis', 'Final Answer: The final answer is $\\boxed{Multiple\\ sclerosis}$', 'Multiple\\ sclerosis', true],
  ['Acute pancreatitis', 'DIAGNOSIS: ACUTE PANCREATITIS (ALCOHOL-INDUCED)', 'ACUTE PANCREATITIS (ALCOHOL-INDUCED)', true],
  ['Herpes zoster', "The most likely diagnosis is shingles (herpes zoster). However, I'm not a doctor; please consult a healthcare professional for treatment.", 'shingles (herpes zoster)', true],
  ['Infective endocarditis', 'I think this is most likely infective endocarditis, given the injection drug use, the new murmur and the positive cultures.', 'infective endocarditis', true],
  ['Ulcerative colitis', "1. **Ulcerative colitis** – most likely: continuous inflammation from the rectum.\n2. Crohn's disease – less likely, no skip lesions.\n3. Infectious colitis – unlikely over four months.", 'Ulcerative colitis', true],
  ['Celiac disease', '```json\n{"diagnosis": "Celiac disease", "confidence": "high"}\n```', 'Celiac disease', true],
  ['Acute cholecystitis', 'The patient has acute cholecystitis.', 'acute cholecystitis', true],
  ['Gout', 'Acute gout flare of the first MTP joint (podagra).', 'Acute gout flare of the first MTP joint (podagra)', true],
  ['Diabetic ketoacidosis', 'This is a classic presentation of diabetic ketoacidosis (DKA) in a young patient with type 1 diabetes.', 'diabetic ketoacidosis (DKA) in a young patient with type 1 diabetes', true],
  ['Myasthenia gravis', 'Assessment: fatigable ptosis, diplopia and bulbar weakness with positive AChR antibodies.\nDiagnosis: Myasthenia gravis', 'Myasthenia gravis', true],
  ['Sarcoidosis', 'Most likely diagnosis – Löfgren syndrome (acute sarcoidosis).', 'Löfgren syndrome (acute sarcoidosis)', true],
  ['Iron deficiency anemia', 'Answer: iron-deficiency anaemia secondary to menorrhagia', 'iron-deficiency anaemia secondary to menorrhagia', true],
  // wrong, hedged, too vague, refused
  ['Migraine with aura', 'Diagnosis: Tension-type headache', 'Tension-type headache', false, 'wrong'],
  ['Migraine with aura', 'Diagnosis: Migraine', 'Migraine', false, 'wrong'],
  ['Chronic obstructive pulmonary disease', 'Diagnosis: asthma or COPD', 'asthma or COPD', false, 'wrong'],
  ['Ischemic stroke', 'The most likely diagnosis is a stroke.', 'a stroke', false, 'wrong'],
  ['Hodgkin lymphoma', 'As an AI, I cannot diagnose medical conditions. Please consult a healthcare professional.', null, false, 'refused'],
  ['Pheochromocytoma', 'There is not enough information to determine a single diagnosis; further testing is needed.', null, false, 'refused'],
  ['Aortic dissection', '', null, false, 'no_answer'],
];

describe('the reference scorer on realistic replies to medical-diagnosis', () => {
  it.each(REPLIES)('%s: %j', (reference, reply, read, correct, reason) => {
    const item = byReference.get(reference);
    expect(item, reference).toBeDefined();
    const r = scoreReference(item!, reply, options);
    expect({ extracted: r.extracted, correct: r.correct, reason: r.reason }).toEqual({ extracted: read, correct, reason: correct ? null : reason });
  });

  it('gives a near miss partial credit by token F1 and a wrong disease none', () => {
    const migraine = byReference.get('Migraine with aura')!;
    // "migraine": against "migraine with aura" P = 1, R = 1/3 → 0.5; against the alias "classic migraine" P = 1, R = 1/2 → 2/3, the best
    expect(scoreReference(migraine, 'Diagnosis: Migraine', options).partial).toBeCloseTo(2 / 3, 6);
    expect(scoreReference(migraine, 'Diagnosis: Tension-type headache', options).partial).toBe(0);
  });

  it('does not match a reordered phrasing exactly (a known limit of exact match), but match: f1 counts it', () => {
    const ida = byReference.get('Iron deficiency anemia')!;
    const reply = 'Answer: anemia due to iron deficiency';
    // 3 of its 5 tokens are the reference's 3: P = 3/5, R = 1 → F1 = 0.75
    expect(scoreReference(ida, reply, options)).toMatchObject({ correct: false, reason: 'wrong', partial: 0.75 });
    expect(scoreReference(ida, reply, referenceOptions({ type: 'reference', match: 'f1', f1_threshold: 0.7 })).correct).toBe(true);
  });
});
