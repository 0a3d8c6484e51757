/**
 * Held-out batch 5 (multiple choice): 330 replies by three writers who saw neither the
 * extractor nor the corpora, labelled before the extractor was run on them, measured before
 * any fix (README: 43 of 330 read differently from a careful reader, 13.0%). Writers' own
 * classes: per-option tables and verdicts, concluding sentences, invented next questions,
 * reasoning-only replies, typos and abbreviations of option texts, structured fields,
 * other languages, hedges and withdrawals.
 */
import type { Row } from './choice-unseen.js';

const B5S1 = {"A": "Metformin", "B": "Insulin glargine", "C": "Glipizide", "D": "Pioglitazone"};
const B5S2 = {"A": "Present sense impression", "B": "Excited utterance", "C": "Dying declaration", "D": "Statement against interest", "E": "Business record"};
const B5S3 = {"A": "Sydney", "B": "Melbourne", "C": "Canberra", "D": "Perth", "E": "Adelaide"};
const B5S4 = {"A": "Naloxone", "B": "N-acetylcysteine", "C": "Flumazenil", "D": "Atropine", "E": "Fomepizole"};
const B5S5 = {"A": "O(1)", "B": "O(log n)", "C": "O(n)", "D": "O(n log n)"};
const B5S6 = {"A": "Treaty of Paris", "B": "Treaty of Versailles", "C": "Treaty of Ghent", "D": "Treaty of Westphalia", "E": "Treaty of Trianon"};
const B5S7 = {"A": "Rise", "B": "Fall", "C": "Stay the same", "D": "Become undefined"};
const B5S8 = {"A": "Streptococcus pneumoniae", "B": "Staphylococcus aureus", "C": "Haemophilus influenzae", "D": "Klebsiella pneumoniae"};
const B5S9 = {"A": "Mitochondrion", "B": "Nucleus", "C": "Golgi apparatus", "D": "Ribosome"};
const B5S10 = {"A": "1", "B": "2", "C": "7", "D": "12"};
const B5S11 = {"A": "An offer", "B": "Acceptance", "C": "Consideration", "D": "A written document"};
const B5S12 = {"A": "Joule", "B": "Watt", "C": "Newton", "D": "Pascal", "E": "Coulomb"};
const B5S13 = {"A": "2", "B": "3", "C": "4", "D": "An error is raised"};
const B5S14 = {"A": "Hydrochlorothiazide", "B": "Lisinopril", "C": "Amlodipine", "D": "Metoprolol", "E": "Losartan"};
const B5S15 = {"A": "Aspirin", "B": "Warfarin", "C": "Clopidogrel", "D": "Heparin"};
const B5S16 = {"A": "Nile", "B": "Amazon", "C": "Yangtze", "D": "Mississippi", "E": "Congo"};
const B5S17 = {"A": "SELECT DISTINCT", "B": "SELECT UNIQUE", "C": "SELECT DIFFERENT", "D": "SELECT ONLY"};
const B5S18 = {"A": "$909.09", "B": "$1,000.00", "C": "$1,100.00", "D": "$826.45"};
const B5S19 = {"A": "Amylase", "B": "Pepsin", "C": "Lipase", "D": "Trypsin"};
const B5S20 = {"A": "Miranda v. Arizona", "B": "Gideon v. Wainwright", "C": "Mapp v. Ohio", "D": "Terry v. Ohio", "E": "Escobedo v. Illinois"};
const B5S21 = {"A": "Intravenous insulin", "B": "Intravenous normal saline", "C": "Intravenous bicarbonate", "D": "Subcutaneous insulin", "E": "Oral potassium"};
const B5S22 = {"A": "git fetch", "B": "git pull", "C": "git clone", "D": "git merge"};
const B5S23 = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5"};
const B5S24 = {"A": "Prophase I", "B": "Metaphase I", "C": "Anaphase I", "D": "Anaphase II"};
const B5S25 = {"A": "Julius Caesar", "B": "Augustus", "C": "Nero", "D": "Constantine", "E": "Hadrian"};
const B5S26 = {"A": "Demand-pull inflation", "B": "Cost-push inflation", "C": "Built-in inflation", "D": "Deflation"};
const B5S27 = {"A": "Alteplase", "B": "Aspirin", "C": "Heparin", "D": "Nimodipine"};
const B5S28 = {"A": "\"11\"", "B": "2", "C": "NaN", "D": "TypeError"};
const B5S29 = {"A": "Kilimanjaro", "B": "Mount Kenya", "C": "Mount Stanley", "D": "Ras Dashen"};
const B5S30 = {"A": "Battery", "B": "Assault", "C": "False imprisonment", "D": "Intentional infliction of emotional distress", "E": "Trespass to chattels"};
const B5S31 = {"A": "Atrial fibrillation", "B": "Atrial flutter", "C": "Ventricular tachycardia", "D": "Sinus tachycardia", "E": "Multifocal atrial tachycardia"};
const B5S32 = {"A": "1/2", "B": "1", "C": "2", "D": "π"};
const B5S33 = {"A": "Vitamin A", "B": "Vitamin B12", "C": "Vitamin C", "D": "Vitamin D", "E": "Vitamin K"};
const B5S34 = {"A": "200 OK", "B": "301 Moved Permanently", "C": "404 Not Found", "D": "500 Internal Server Error"};
const B5S35 = {"A": "1914", "B": "1917", "C": "1918", "D": "1919"};
const B5S36 = {"A": "An increase in supply", "B": "A decrease in demand", "C": "An increase in demand", "D": "A decrease in supply"};
const B5S37 = {"A": "Amoxicillin", "B": "Doxycycline", "C": "Ciprofloxacin", "D": "Vancomycin", "E": "Metronidazole"};
const B5S38 = {"A": "Prokaryotes lack a nucleus", "B": "Prokaryotes lack ribosomes", "C": "Eukaryotes lack a cell membrane", "D": "Prokaryotes lack DNA"};
const B5S39 = {"A": "1/6", "B": "1/12", "C": "1/36", "D": "5/36", "E": "1/18"};
const B5S40 = {"A": "First Amendment", "B": "Fourth Amendment", "C": "Fifth Amendment", "D": "Sixth Amendment", "E": "Fourteenth Amendment"};
const B5S41 = {"A": "Portuguese", "B": "Spanish", "C": "French", "D": "English"};
const B5S42 = {"A": "Stack", "B": "Queue", "C": "Heap", "D": "Hash table"};
const B5S43 = {"A": "Bleach and ammonia", "B": "Bleach and vinegar", "C": "Baking soda and vinegar", "D": "Hydrogen peroxide and water"};
const B5S44 = {"A": "1987", "B": "1989", "C": "1991", "D": "1985"};
const B5S45 = {"A": "Sydney", "B": "Melbourne", "C": "Canberra", "D": "Perth"};
const B5S46 = {"A": "Positively related", "B": "Inversely related", "C": "Unrelated", "D": "Equal at par only"};
const B5S47 = {"A": "200", "B": "301", "C": "404", "D": "500"};
const B5S48 = {"A": "An oral antihistamine", "B": "Intramuscular epinephrine", "C": "IV corticosteroids", "D": "Nebulized salbutamol", "E": "An H2 blocker"};
const B5S49 = {"A": "Metformin", "B": "Insulin glargine", "C": "Linagliptin", "D": "Repaglinide"};
const B5S50 = {"A": "Joule", "B": "Watt", "C": "Newton", "D": "Pascal", "E": "Tesla"};
const B5S51 = {"A": "Julius Caesar", "B": "Augustus", "C": "Nero", "D": "Caligula"};
const B5S52 = {"A": "WHERE", "B": "HAVING", "C": "GROUP BY", "D": "ORDER BY"};
const B5S53 = {"A": "Venus", "B": "Mercury", "C": "Mars", "D": "Earth"};
const B5S54 = {"A": "371", "B": "391", "C": "381", "D": "401"};
const B5S55 = {"A": "First Amendment", "B": "Fourth Amendment", "C": "Fifth Amendment", "D": "Sixth Amendment", "E": "Eighth Amendment"};
const B5S56 = {"A": "O(n)", "B": "O(log n)", "C": "O(n log n)", "D": "O(1)"};
const B5S57 = {"A": "Egypt", "B": "Ethiopia", "C": "Nigeria", "D": "South Africa"};
const B5S58 = {"A": "Ulnar nerve", "B": "Radial nerve", "C": "Median nerve", "D": "Axillary nerve", "E": "Musculocutaneous nerve"};
const B5S59 = {"A": "Accounts receivable", "B": "Land", "C": "Goodwill", "D": "Long-term bonds"};
const B5S60 = {"A": "var", "B": "let", "C": "const", "D": "static"};
const B5S61 = {"A": "Nucleus", "B": "Mitochondrion", "C": "Golgi apparatus", "D": "Ribosome", "E": "Lysosome"};
const B5S62 = {"A": "Protamine sulfate", "B": "Vitamin K", "C": "Naloxone", "D": "Flumazenil", "E": "N-acetylcysteine"};
const B5S63 = {"A": "x = 2", "B": "x = 4", "C": "x = 6", "D": "x = 10"};
const B5S64 = {"A": "Ethosuximide", "B": "Phenytoin", "C": "Carbamazepine", "D": "Gabapentin", "E": "Phenobarbital"};
const B5S65 = {"A": "Thymine", "B": "Guanine", "C": "Cytosine", "D": "Uracil"};
const B5S66 = {"A": "x^2", "B": "3x^2", "C": "3x", "D": "x^3/3"};
const B5S67 = {"A": "1066", "B": "1215", "C": "1492", "D": "1776"};
const B5S68 = {"A": "An out-of-court statement offered to prove the truth of the matter asserted", "B": "Any statement made by a witness in court", "C": "A statement against interest", "D": "A written affidavit"};
const B5S69 = {"A": "Raise interest rates", "B": "Lower interest rates", "C": "Have no effect on interest rates", "D": "Eliminate inflation"};
const B5S70 = {"A": "In writing", "B": "Notarized", "C": "Witnessed by two people", "D": "Registered with the state"};
const B5S71 = {"A": "Streptococcus pneumoniae", "B": "Haemophilus influenzae", "C": "Klebsiella pneumoniae", "D": "Staphylococcus aureus", "E": "Legionella pneumophila"};
const B5S72 = {"A": "S", "B": "So", "C": "Na", "D": "Sd"};
const B5S73 = {"A": "git branch new", "B": "git checkout -b new", "C": "git merge new", "D": "git init new"};
const B5S74 = {"A": "0", "B": "7", "C": "14", "D": "1"};
const B5S75 = {"A": "1/2", "B": "1/3", "C": "1/4", "D": "3/4"};
const B5S76 = {"A": "Bile production", "B": "Glycogen storage", "C": "Insulin secretion", "D": "Detoxification", "E": "Albumin synthesis"};
const B5S77 = {"A": "Paraná", "B": "Orinoco", "C": "Amazon", "D": "São Francisco"};
const B5S78 = {"A": "Peaked T waves", "B": "U waves", "C": "Delta waves", "D": "ST depression"};
const B5S79 = {"A": "2", "B": "3", "C": "4", "D": "5"};
const B5S80 = {"A": "Alpha", "B": "Beta", "C": "Sharpe ratio", "D": "P/E ratio", "E": "Dividend yield"};
const B5S81 = {"A": "Res judicata", "B": "Forum non conveniens", "C": "Stare decisis", "D": "Laches", "E": "Collateral estoppel"};
const B5S82 = {"A": "Gregor Mendel", "B": "Charles Darwin", "C": "Alfred Russel Wallace", "D": "Thomas Huxley"};
const B5S83 = {"A": "Glipizide", "B": "Metformin", "C": "Insulin glargine", "D": "Pioglitazone"};
const B5S84 = {"A": "Protamine sulfate", "B": "Idarucizumab", "C": "Prothrombin complex concentrate plus IV vitamin K", "D": "Andexanet alfa", "E": "Desmopressin"};
const B5S85 = {"A": "91", "B": "87", "C": "97", "D": "51"};
const B5S86 = {"A": "Uracil", "B": "Guanine", "C": "Cytosine", "D": "Thymine"};
const B5S87 = {"A": "Aspirin", "B": "Atenolol", "C": "Alteplase", "D": "A calcium channel blocker", "E": "Amiodarone"};
const B5S88 = {"A": "Raising the reserve requirement", "B": "Selling Treasury bonds", "C": "Buying Treasury bonds", "D": "Raising the discount rate"};
const B5S89 = {"A": "Folate deficiency", "B": "Iron deficiency", "C": "Vitamin B12 deficiency", "D": "Liver disease"};
const B5S90 = {"A": "Julius Caesar", "B": "Augustus", "C": "Nero", "D": "Tiberius"};
const B5S91 = {"A": "Consumer spending", "B": "Government purchases", "C": "Transfer payments", "D": "Net exports"};
const B5S92 = {"A": "git branch -d", "B": "git checkout -b", "C": "git merge", "D": "git stash"};
const B5S93 = {"A": "200", "B": "301", "C": "403", "D": "404", "E": "500"};
const B5S94 = {"A": "3x", "B": "x^2", "C": "3x^2", "D": "3x^3"};
const B5S95 = {"A": "Orinoco", "B": "Paraná", "C": "Amazon", "D": "São Francisco"};
const B5S96 = {"A": "Mount Kenya", "B": "Kilimanjaro", "C": "Rwenzori", "D": "Mount Meru", "E": "Ras Dashen"};
const B5S97 = {"A": "1", "B": "2", "C": "3", "D": "12"};
const B5S98 = {"A": "A contract for the sale of land", "B": "An oral lease for six months", "C": "A promise to pay one's own debt", "D": "Any contract for services"};
const B5S99 = {"A": "First", "B": "Fourth", "C": "Fifth", "D": "Eighth", "E": "Fourteenth"};
const B5S100 = {"A": "9%", "B": "11%", "C": "12%", "D": "14%"};
const B5S101 = {"A": "0", "B": "1/2", "C": "1", "D": "2"};
const B5S102 = {"A": "1/6", "B": "1/12", "C": "1/36", "D": "5/36", "E": "1/3"};
const B5S103 = {"A": "Duty", "B": "Breach", "C": "Causation", "D": "Intent", "E": "Damages"};
const B5S104 = {"A": "Stroma", "B": "Thylakoid membrane", "C": "Cytosol", "D": "Outer chloroplast membrane"};
const B5S105 = {"A": "The right to counsel at trial", "B": "Warnings before custodial interrogation", "C": "The exclusionary rule for unlawful searches", "D": "Double jeopardy"};
const B5S106 = {"A": "Peaked T waves", "B": "U waves", "C": "Shortened QT interval", "D": "Delta waves"};
const B5S107 = {"A": "They rise", "B": "They fall", "C": "They stay the same", "D": "They become negative", "E": "They fluctuate randomly"};
const B5S108 = {"A": "Aspirin and IVIG", "B": "Corticosteroids alone", "C": "Penicillin", "D": "Methotrexate"};
const B5S109 = {"A": "Data link layer", "B": "Network layer", "C": "Transport layer", "D": "Session layer"};
const B5S110 = {"A": "\"null\"", "B": "\"undefined\"", "C": "\"object\"", "D": "\"number\""};
const B5S111 = {"A": "1912", "B": "1914", "C": "1916", "D": "1918", "E": "1939"};
const B5S112 = {"A": "Offer", "B": "Acceptance", "C": "Consideration", "D": "Capacity", "E": "Legality"};
const B5S113 = {"A": "Hepatitis A", "B": "Hepatitis B", "C": "Hepatitis C", "D": "Hepatitis E"};
const B5S114 = {"A": "Merge sort", "B": "Quicksort", "C": "Heapsort", "D": "Selection sort", "E": "Shell sort"};
const B5S115 = {"A": "Truman Doctrine", "B": "Marshall Plan", "C": "Monroe Doctrine", "D": "Eisenhower Doctrine"};

export const BATCH5: Row[] = [
  ["option_text", "## Analysis\n\nFor a newly diagnosed patient with type 2 diabetes and no contraindications, guidelines (ADA, EASD) recommend starting with lifestyle modification plus a first-line oral agent.\n\n- **Insulin glargine** is reserved for severe hyperglycemia (e.g., HbA1c > 10%) or symptomatic patients.\n- **Glipizide** is effective but causes hypoglycemia and weight gain.\n- **Pioglitazone** carries risks of fluid retention and heart failure.\n\n## Conclusion\n\n**Metformin** remains the first-line choice: it is cheap, weight-neutral, and has a low risk of hypoglycemia.", B5S1, "A"],
  ["cue_mention_after", "Let's think through each exception.\n\nThe declarant made the statement while believing death was imminent, and it concerns the cause of what they believed to be their impending death. That is the classic fact pattern for a dying declaration under FRE 804(b)(2).\n\n**Correct answer: C. Dying declaration**\n\nNote that an excited utterance (B) requires a startling event and stress, which may also be present here, but the more specific exception is C.", B5S2, "C"],
  ["table", "| Option | City | Capital? |\n|---|---|---|\n| A | Sydney | ❌ largest city, not capital |\n| B | Melbourne | ❌ temporary seat of parliament 1901–1927 |\n| C | Canberra | ✅ purpose-built capital |\n| D | Perth | ❌ capital of Western Australia |\n| E | Adelaide | ❌ capital of South Australia |\n\nThe capital of Australia is Canberra.", B5S3, "C"],
  ["self_correction", "The antidote for acetaminophen toxicity is... A — no, wait. Naloxone is for opioids. The correct antidote is N-acetylcysteine, which replenishes glutathione stores. So the answer is **B**.", B5S4, "B"],
  ["boxed", "Binary search halves the search interval at each step, so after $k$ steps the interval has size $n/2^k$. Setting $n/2^k = 1$ gives $k = \\log_2 n$.\n\n$$\\boxed{\\text{B}}$$", B5S5, "B"],
  ["structured", "```json\n{\n  \"reasoning\": \"The Treaty of Versailles, signed 28 June 1919, formally ended the state of war between Germany and the Allied Powers.\",\n  \"selected_option\": \"B\"\n}\n```", B5S6, "B"],
  ["refusal", "I'm sorry, but I can't help with answering exam questions that appear to be from an active certification test. If you'd like, I can explain how interest rates and bond prices are related in general terms so you can work through it yourself.", B5S7, null],
  ["truncated", "Let's look at the most common causes of community-acquired pneumonia in adults.\n\nStreptococcus pneumoniae has historically been the most frequently isolated organism, although in recent US surveillance studies (e.g., the EPIC study) a pathogen was identified in only a minority of cases and respiratory viruses were common. Among bacteria, S. pneumoniae still leads, followed by Haemophilus influenzae, and in post-influenza cases Staphylococcus aureus becomes important. Klebsiella pneumoniae is classically associated with alcoholics and", B5S8, null, 'length'],
  ["truncated_cue", "**Answer: A. Streptococcus pneumoniae**\n\nExplanation: S. pneumoniae (pneumococcus) is the most commonly identified bacterial cause of community-acquired pneumonia across age groups. It typically presents with abrupt onset fever, rigors, productive cough with rust-colored sputum, and pleuritic chest pain. Haemophilus influenzae is more common in patients with COPD, while Staphylococcus", B5S8, "A", 'length'],
  ["debris", "B<|eot_id|>", B5S7, "B"],
  ["debris", "[/INST] The answer is C) Canberra</s>", B5S3, "C"],
  ["ordinal", "Of the options given, the second one is correct: when market interest rates go up, existing bonds with lower coupons become less attractive, so their prices fall.", B5S7, "B"],
  ["ordinal", "Going through them: Treaty of Paris (1783) ended the American Revolutionary War, Ghent ended the War of 1812, Westphalia ended the Thirty Years' War. Trianon (1920) was with Hungary, not Germany. So it's neither the first, third, fourth nor the last one — it's the second: Versailles.", B5S6, "B"],
  ["verdicts", "(A) Present sense impression — false, the statement wasn't describing an event as it happened.\n(B) Excited utterance — false, no startling event is described.\n(C) Dying declaration — false, the declarant was not facing death.\n(D) Statement against interest — true: admitting to the debt exposed the declarant to civil liability when made.\n(E) Business record — false.", B5S2, "D"],
  ["verdicts", "✗ A. Naloxone\n✓ B. N-acetylcysteine\n✗ C. Flumazenil\n✗ D. Atropine\n✗ E. Fomepizole", B5S4, "B"],
  ["contrast", "C, not A. Sydney is the biggest city but Canberra is the capital.", B5S3, "C"],
  ["contrast", "Both D and B get mentioned a lot in these discussions, but I'd pick B over D. Binary search is logarithmic; O(n log n) is what you'd get for sorting first.", B5S5, "B"],
  ["elimination", "Let's eliminate: Sydney (A) and Melbourne (B) are major cities but not the capital. Perth (D) and Adelaide (E) are state capitals. Only C remains.", B5S3, "C"],
  ["multilingual", "La respuesta correcta es B, el Tratado de Versalles, firmado en 1919.", B5S6, "B"],
  ["multilingual", "正确答案 C。堪培拉是澳大利亚的首都。", B5S3, "C"],
  ["echo", "Q: What is the time complexity of binary search on a sorted array?\nA: O(log n)", B5S5, "B"],
  ["false_commit", "None of these is quite right. Bond prices move inversely to yields, but the question as written asks about the *coupon rate* of an existing bond, which is fixed at issuance and doesn't change at all when market rates rise. \"Stay the same\" would describe the coupon, but the options are labelled as price movements... Honestly none of the options answers the question as asked, so I can't pick one.", B5S7, null],
  ["hedge", "It's either A or B depending on the patient population. For adults, Streptococcus pneumoniae; in some ICU cohorts, Staph aureus dominates. I can't narrow it to one without more context.", B5S8, null],
  ["option_text", "Pioglitazon is wrong due to heart failure risk; the first line agent is metfromin.", B5S1, "A"],
  ["cue", "ans: d", B5S9, "D"],
  ["self_correction", "The correct option is 3 (Glipizide) — wait, the question asks for first line therapy without hypoglycemia risk, so option 1.", B5S1, "A"],
  ["reasoning", "HCl is a strong acid, so it dissociates completely: [H⁺] = 0.01 M = 10⁻² M.\n\npH = −log₁₀[H⁺] = −log₁₀(10⁻²) = 2.\n\nSo the pH of the solution is 2, which corresponds to option B.", B5S10, "B"],
  ["option_text", "pH = 2", B5S10, "B"],
  ["negation", "A valid contract requires an offer, acceptance, consideration, and mutual assent/capacity. Many contracts are enforceable orally — only certain categories (statute of frauds: land, goods over $500, contracts not performable within a year, etc.) require a writing.\n\nSo the element that is **not** required in general is **D) A written document**.", B5S11, "D"],
  ["article_a", "A written document is not generally required; oral contracts are valid in most cases. The answer is D.", B5S11, "D"],
  ["article_a", "An offer, acceptance and consideration are all essential. What you don't need, in most cases, is a written document — that's only required under the statute of frauds.", B5S11, "D"],
  ["cue", "THE ANSWER IS C — NEWTON.", B5S12, "C"],
  ["code", "```python\n>>> len({1, 2, 2, 3})\n3\n```\nA set drops the duplicate 2, leaving {1, 2, 3}. So `len` returns 3 → **(B)**.", B5S13, "B"],
  ["self_correction", "My first instinct was 4 (C), since there are four elements in the literal. But sets deduplicate, so {1, 2, 2, 3} is really {1, 2, 3}.\n\nRevised answer: B", B5S13, "B"],
  ["cue_mention_after", "**B. Lisinopril**\n\nGiven the patient's diabetes with microalbuminuria, an ACE inhibitor is preferred for renal protection. Hydrochlorothiazide (A) and amlodipine (C) would lower BP but lack the antiproteinuric effect; metoprolol (D) isn't first line for uncomplicated hypertension, and losartan (E) is an alternative only if an ACE inhibitor isn't tolerated.", B5S14, "B"],
  ["multi_answer", "Both B and E are correct here: lisinopril and losartan both reduce albuminuria in diabetic nephropathy, and guidelines treat ACE inhibitors and ARBs as equivalent first-line options.", B5S14, null],
  ["option_text", "Aspirin.", B5S15, "A"],
  ["debris", "The best initial medication is aspirin (A).<|im_end|>", B5S15, "A"],
  ["debris", "**Answer:** B<end_of_turn>", B5S16, "B"],
  ["discuss_all", "Let's go option by option.\n\n**A. Nile** — traditionally cited as the longest river (~6,650 km).\n**B. Amazon** — some recent measurements put it at ~6,992 km, but this is disputed.\n**C. Yangtze** — longest in Asia, ~6,300 km.\n**D. Mississippi** — ~3,730 km on its own.\n**E. Congo** — deepest river, not the longest.\n\nBy the conventional answer found in most textbooks, I'll go with the Nile.", B5S16, "A"],
  ["hedge", "This depends on the source. Most encyclopedias say the Nile; a 2007 Brazilian study argued the Amazon is longer. Since the measurement itself is contested, I can't definitively say whether A or B is correct.", B5S16, null],
  ["code", "To remove duplicates you use:\n\n```sql\nSELECT DISTINCT country FROM customers;\n```\n\n`SELECT UNIQUE` works in Oracle as a legacy synonym, but the standard SQL keyword is `DISTINCT`.", B5S17, "A"],
  ["boxed", "Present value of $1,000 received in one year at 10%:\n\n$$PV = \\frac{1000}{1.10} = 909.09$$\n\n$$\\boxed{\\$909.09}$$", B5S18, "A"],
  ["boxed", "The final answer is $\\boxed{\\textbf{(D)}\\ \\$826.45}$ since the cash flow arrives in two years: $1000/1.1^2 = 826.45$.", B5S18, "D"],
  ["ordinal", "Option no. 4 is the right one — $826.45, because it's discounted over two periods.", B5S18, "D"],
  ["ordinal", "Amylase works on starch, lipase on fats, trypsin in the small intestine. The enzyme that begins protein digestion in the stomach is pepsin — i.e. the second choice.", B5S19, "B"],
  ["verdicts", "Right: B; wrong: A, C, D.", B5S19, "B"],
  ["reasoning", "The case that established that suspects must be informed of their right to remain silent and right to counsel before custodial interrogation was decided in 1966.\n\n- Gideon (1963) — right to counsel at trial\n- Mapp (1961) — exclusionary rule for states\n- Terry (1968) — stop and frisk\n- Escobedo (1964) — counsel during interrogation, a precursor\n\nThe 1966 decision is Miranda v. Arizona.", B5S20, "A"],
  ["debris", "<|start_header_id|>assistant<|end_header_id|>\n\nE<|eot_id|>", B5S20, "E"],
  ["structured", "{\"answers\": [\"C\"], \"confidence\": 0.82}", B5S12, "C"],
  ["structured", "{\"choice\": {\"letter\": \"D\", \"text\": \"Pascal\"}, \"rationale\": \"Pascal is the SI unit of pressure, not force\"}", B5S12, "D"],
  ["structured_null", "{\"answer\": null, \"reason\": \"The question text appears to be cut off, so the correct option cannot be determined.\"}", B5S12, null],
  ["truncated", "To determine the correct response, let me work through this carefully. Aspirin irreversibly inhibits COX-1, reducing thromboxane A2 production and platelet aggregation. In acute MI, it reduces mortality by roughly 23% (ISIS-2). Clopidogrel is added as part of dual antiplatelet therapy. Heparin is used as an anticoagulant in the acute phase, particularly in patients undergoing PCI. Warfarin has no role in initial management unless there's a left ventricular thrombus or atrial fibr", B5S15, null, 'length'],
  ["self_correction", "I'm not 100% sure, but I think it's probably C. The Yangtze is the longest in Asia — hmm, but the question asks worldwide. Okay, on reflection, probably A, the Nile.", B5S16, "A"],
  ["cue", "In DKA, the first and most important step is aggressive fluid resuscitation. Patients are typically 5–8 L depleted. Insulin should only be started after potassium is confirmed ≥3.3 mEq/L, and bicarbonate is reserved for pH < 6.9.\n\n➡️ **Best initial step: IV normal saline (B)**", B5S21, "B"],
  ["cue", "**B — Intravenous normal saline.** Fluids come first; insulin follows once K⁺ is known.", B5S21, "B"],
  ["refusal", "I'm not able to provide specific medical treatment recommendations. DKA is a medical emergency — please follow your institution's protocol or consult an endocrinologist or emergency physician.", B5S21, null],
  ["option_text", "You'd want the command that downloads remote refs without touching your working tree — that's fetch, not pull (pull = fetch + merge).", B5S22, "A"],
  ["ordinal", "`git pull` fetches and then merges, so it does change your working branch. `git clone` creates a new repo. `git merge` only works on what you already have locally. The one that just downloads objects and refs is the first one listed.", B5S22, "A"],
  ["numeric", "We need the number of primes less than 10 that are odd: primes < 10 are 2, 3, 5, 7. Removing 2 leaves 3, 5, 7 → that's 3 primes.\n\nAnswer: 3", B5S23, "C"],
  ["numeric", "Count the primes p ≤ 10 with p ≡ 1 (mod 4): that's 5 only... wait, also check 13 — no, 13 > 10. So just {5}: count = 1.\n\n**(A)**", B5S23, "A"],
  ["self_correction", "Homologous chromosomes separate in anaphase I, while sister chromatids separate in anaphase II. The question asks about sister chromatids, so I initially wrote C, but that's homologs. Final answer: D.", B5S24, "D"],
  ["truncated", "Sister chromatids remain attached at their centromeres through meiosis I; cohesin along the arms is cleaved in anaphase I, allowing homologous chromosomes to separate, while centromeric cohesin is protected by shugoshin. It is only at anaphase II that", B5S24, null, 'length'],
  ["discuss_all", "- **Julius Caesar** was a dictator, never emperor.\n- **Augustus** (Octavian) became the first Roman emperor in 27 BC.\n- **Nero**, **Constantine** and **Hadrian** all came later.\n\n**Conclusion:** The first Roman emperor was Augustus.", B5S25, "B"],
  ["debris", "### Response:\nThe first emperor was Augustus, option B.\n### Instruction:", B5S25, "B"],
  ["negation", "Not Julius Caesar — people often assume so, but he was dictator perpetuo, not emperor. It was his heir Octavian, later titled Augustus.", B5S25, "B"],
  ["option_text", "Rising wages and raw material costs pushing up prices describes cost-push inflation.", B5S26, "B"],
  ["cue", "This is a trick question: the scenario describes falling prices over two consecutive years, which isn't inflation at all. So the answer is D (deflation).", B5S26, "D"],
  ["hedge", "It depends on timing. If the patient presents within 4.5 hours of symptom onset and has no hemorrhage on CT, alteplase (A). If outside the window, aspirin (B). The stem doesn't give the time of onset, so I can't choose between them.", B5S27, null],
  ["cue_mention_after", "The stem says symptom onset was 90 minutes ago and CT shows no bleed — so thrombolysis is indicated. Aspirin should be withheld for 24 hours after tPA. Heparin and nimodipine (for SAH vasospasm) aren't appropriate.\n\nAnswer → A", B5S27, "A"],
  ["code", "In JavaScript, `\"1\" + 1` triggers string concatenation because one operand is a string:\n\n```js\nconsole.log(\"1\" + 1); // \"11\"\n```\n\nSo the result is the string `\"11\"`, option A.", B5S28, "A"],
  ["truncated", "Let's evaluate `\"1\" - 1`. The minus operator is not overloaded for strings, so JavaScript converts `\"1\"`", B5S28, null, 'length'],
  ["verdicts", "1. Kilimanjaro – 5,895 m ← highest\n2. Mount Kenya – 5,199 m\n3. Mount Stanley – 5,109 m\n4. Ras Dashen – 4,550 m\n\nSo the highest mountain in Africa is option 1.", B5S29, "A"],
  ["reasoning", "The defendant swung a bat toward the plaintiff, who saw it coming and ducked; no contact occurred. Without contact there's no battery, but the plaintiff's reasonable apprehension of imminent harmful contact is exactly what assault requires.\n\nSo: **assault**.", B5S30, "B"],
  ["multi_answer", "The plaintiff can recover under both battery (A) and assault (B): she saw the punch coming (apprehension) and was then struck (contact). Both torts are established on these facts.", B5S30, null],
  ["cue", "irregularly irregular, no p waves → afib. answer a", B5S31, "A"],
  ["multilingual", "La bonne réponse est B : flutter auriculaire, avec un aspect en dents de scie à 300/min.", B5S31, "B"],
  ["multilingual", "Die richtige Antwort ist E – multifokale atriale Tachykardie (mindestens drei verschiedene P-Wellen-Morphologien).", B5S31, "E"],
  ["boxed", "$$\\int_0^{\\pi/2} \\sin x\\,dx = [-\\cos x]_0^{\\pi/2} = 0 - (-1) = 1$$\n\nTherefore the answer is $\\boxed{1}$.", B5S32, "B"],
  ["boxed", "We have $\\int_0^1 2x\\,dx = x^2\\big|_0^1 = 1$. Not $\\tfrac12$ (that's $\\int_0^1 x\\,dx$) and not 2.\n\n$\\boxed{B}$", B5S32, "B"],
  ["multi_answer", "Depending on whether the bounds are $[0,1]$ or $[0,2]$ the value is either $\\boxed{1}$ or $\\boxed{2}$; the statement of the problem is unclear.", B5S32, null],
  ["self_correction", "✅ **Correct option:** C — Mount Stanley is the highest peak of the Rwenzori range, but it's *not* the highest in Africa... wait, that's not what I meant. The highest in Africa is Kilimanjaro.\n\n✅ **Correct option: A**", B5S29, "A"],
  ["no_answer", "The question refers to \"the ECG shown\", but no tracing was provided, so I can't tell which rhythm it is. Could you upload the image?", B5S31, null],
  ["echo", "You listed:\nA) Atrial fibrillation\nB) Atrial flutter\nC) Ventricular tachycardia\nD) Sinus tachycardia\nE) Multifocal atrial tachycardia\n\nGiven a regular narrow-complex rhythm at exactly 150 bpm with sawtooth waves in II, III and aVF, the rhythm is atrial flutter with 2:1 block.", B5S31, "B"],
  ["option_text", "Scurvy results from a deficiency in ascorbic acid, which is required for the hydroxylation of proline and lysine residues in collagen. Without it, collagen is unstable, leading to the classic findings: bleeding gums, perifollicular hemorrhages, corkscrew hairs, and poor wound healing.\n\nThe vitamin in question is vitamin C.", B5S33, "C"],
  ["cue_mention_after", "Night blindness points to A, and bleeding with prolonged PT would point to E, but this patient's findings — swollen bleeding gums, corkscrew hairs, and poor wound healing after a diet without fruit — are scurvy. So the best answer here is C.", B5S33, "C"],
  ["option_text", "404", B5S34, "C"],
  ["option_text", "When a resource has been permanently relocated, the server responds with **301 Moved Permanently** and includes a `Location` header. Browsers and search engines update their links accordingly (unlike `302`, which is temporary).", B5S34, "B"],
  ["multi_answer", "The US entered the war in 1917, the armistice was signed in 1918, and the Treaty of Versailles followed in 1919. Which of these counts as \"the end\" depends on whether you mean fighting or the legal state of war — I'd say both C and D are defensible.", B5S35, null],
  ["cue", "Fighting ended with the armistice of 11 November 1918 → C.", B5S35, "C"],
  ["elimination", "Price rises and quantity falls. An increase in demand would raise both P and Q; a decrease in demand lowers both. An increase in supply lowers P and raises Q. Only a decrease in supply (leftward shift) raises price while lowering quantity.\n\n**Answer: D**", B5S36, "D"],
  ["article_a", "A decrease in supply.", B5S36, "D"],
  ["hedge", "I'd be cautious here — antibiotic choice for C. difficile depends on severity and local guidelines. Oral vancomycin or fidaxomicin are first-line now for most episodes, while metronidazole was used historically for mild disease. I don't want to give one definitive answer without knowing the severity.", B5S37, null],
  ["cue_mention_after", "For an initial non-severe episode of C. difficile infection, current IDSA/SHEA guidelines recommend **oral vancomycin** (or fidaxomicin). Metronidazole (E) is no longer first line except when those are unavailable. Amoxicillin, doxycycline and ciprofloxacin (A–C) can actually *cause* CDI.\n\n→ D", B5S37, "D"],
  ["option_text", "The key difference is that prokaryotes lack a nucleus.", B5S38, "A"],
  ["verdicts", "A: True\nB: False — prokaryotes have 70S ribosomes\nC: False\nD: False", B5S38, "A"],
  ["numeric", "Two dice, sum of 7: (1,6),(2,5),(3,4),(4,3),(5,2),(6,1) = 6 outcomes of 36.\n\nP = 6/36 = 1/6", B5S39, "A"],
  ["numeric", "Sum of 11 can occur as (5,6) or (6,5): 2/36 = 1/18, so E.", B5S39, "E"],
  ["false_commit", "Sum of 8: (2,6),(3,5),(4,4),(5,3),(6,2) → 5/36... hmm, wait, the question asks for sum of 8 OR doubles. Doubles: 6 outcomes; overlap (4,4). Total = 5 + 6 − 1 = 10/36 = 5/18. That's not among the options, so none of them is correct.", B5S39, null],
  ["multilingual", "La respuesta es la C, la Quinta Enmienda protege contra la autoincriminación.", B5S40, "C"],
  ["ordinal", "It's the fourth option — the Sixth Amendment guarantees the right to counsel in criminal prosecutions.", B5S40, "D"],
  ["multi_answer", "Due process is guaranteed by both the Fifth Amendment (against the federal government) and the Fourteenth Amendment (against the states). Since the question doesn't specify which government acted, both C and E are correct.", B5S40, null],
  ["contrast", "Spanish is the most spoken language in South America overall, but in Brazil specifically it's Portuguese. Answer: Portuguese (A).", B5S41, "A"],
  ["no_answer", "", B5S41, null],
  ["echo_no_answer", "Which language is officially spoken in Brazil?\nA) Portuguese\nB) Spanish\nC) French\nD) English", B5S41, null],
  ["option_text", "LIFO → stack. (A queue is FIFO.)", B5S42, "A"],
  ["truncated_cue", "The correct answer is D) Hash table. Hash tables provide average O(1) lookup by computing an index from the key using a hash function; collisions are resolved through chaining or open add", B5S42, "D", 'length'],
  ["reasoning", "<think>\nLRU cache needs O(1) lookup and O(1) eviction order... usually hash map + doubly linked list. Among the options, the lookup part is the hash table. A heap would give O(log n). Queue alone can't do lookup.\n</think>\n\nD", B5S42, "D"],
  ["truncated", "<think>\nWe need a structure for BFS traversal. BFS processes nodes level by level, so we need first-in first-out. A stack would give DFS. So the answer should be the queue, which is option B. But let me double-check whether the question is about BFS or Dijkstra, since Dijkstra uses a priority queue, i.e. a heap", B5S42, null, 'length'],
  ["refusal", "I can't help identify which household chemical combination produces the most toxic gas. If you or someone else has been exposed to fumes from mixing cleaners, get to fresh air and contact Poison Control (1-800-222-1222 in the US) right away.", B5S43, null],
  ["debris_eot", "B<|eot_id|>", B5S44, "B"],
  ["debris_inst", "[/INST] The answer is C. Canberra has been the capital since 1913.</s>", B5S45, "C"],
  ["debris_phi_turns", "<|assistant|>\nB) Inversely related<|end|>\n<|user|>\nthanks! and what about duration?<|end|>", B5S46, "B"],
  ["debris_chatml_continue", "C<|im_end|>\n<|im_start|>user\nExplain why<|im_end|>\n<|im_start|>assistant\nBecause 404 is the standard code for a resource that could not be found, while 500 is a server error.", B5S47, "C"],
  ["debris_gemma_text", "<start_of_turn>model\nIntramuscular epinephrine is first line. Antihistamines and steroids are adjuncts only.<end_of_turn>", B5S48, "B"],
  ["debris_alpaca_continue", "### Response:\nA\n\n### Instruction:\nWhich of these drugs needs dose reduction but is not contraindicated at this eGFR?\n\n### Response:\nD", B5S49, "A"],
  ["debris_eos_repeat", "Answer:C</s></s></s>", B5S50, "C"],
  ["debris_llama_turns", "The correct answer is **B**<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nAre you sure it isn't A?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nYes, I'm sure. Augustus became the first emperor in 27 BC; Julius Caesar was dictator, never emperor.<|eot_id|>", B5S51, "B"],
  ["debris_prompt_echo", "[INST] Which SQL clause filters groups after aggregation? [/INST] HAVING", B5S52, "B"],
  ["debris_empty", "<|im_start|>assistant\n<|im_end|>", B5S53, null],
  ["human_turns", "Human: What is 17 × 23?\n\nAssistant: 17 × 23 = 391, so B.\n\nHuman: What is 18 × 23?\n\nAssistant: 414", B5S54, "B"],
  ["human_turns_after", "The answer is B.\n\nHuman: Now tell me a joke about lawyers.\n\nAssistant: Why did the lawyer bring a ladder to court? Because he wanted to take the case to a higher", B5S55, "B", 'length'],
  ["debris_truncated_after_answer", "Answer: O(log n)</s>\n<s>[INST] What about a linked list? [/INST] For a linked list, binary search degrades to O(n) because you cannot jump to the middle ele", B5S56, "B", 'length'],
  ["debris_gemma_repeat", "C <end_of_turn>\n<start_of_turn>user\nok<end_of_turn>\n<start_of_turn>model\nC", B5S57, "C"],
  ["debris_system_echo", "<s> [INST] <<SYS>>\nYou are a helpful assistant.\n<</SYS>>\n\nQuestion: Which nerve is compressed in carpal tunnel syndrome? [/INST] The median nerve (C) is compressed under the flexor retinaculum.", B5S58, "C"],
  ["debris_empty_cue", "Answer:<|eot_id|>", B5S59, null],
  ["echo_qa_text", "Q: What is the capital of Australia?\nA: Canberra", B5S45, "C"],
  ["echo_qa_letter", "Q: Which keyword declares a block-scoped variable in JavaScript that cannot be reassigned?\nA: C", B5S60, "C"],
  ["echo_options", "Question: Which organelle is the site of oxidative phosphorylation?\nA. Nucleus\nB. Mitochondrion\nC. Golgi apparatus\nD. Ribosome\nE. Lysosome\nAnswer: B", B5S61, "B"],
  ["echo_qa_mentions", "Q: Antidote for warfarin overdose?\nA: Vitamin K (B). Protamine is for heparin.", B5S62, "B"],
  ["echo_loop_truncated", "Which amendment protects against unreasonable searches and seizures?\n\nA) First Amendment\nB) Fourth Amendment\nC) Fifth Amendment\nD) Sixth Amendment\nE) Eighth Amendment\n\nWhich amendment protects against unreasonable searches and seizures?\n\nA) First Amendment\nB) Fourth Amendment\nC) Fi", B5S55, null, 'length'],
  ["echo_base_continuation", "Solve 2x + 6 = 14\nA: x = 2\nB: x = 4\nC: x = 6\nD: x = 10\n\nSolve 3x - 3 = 9\nA: x = 2\nB: x = 4\nC: x = 6\nD: x = 12\n\nSolve 5x + 5 =", B5S63, null, 'length'],
  ["fake_qa_chain", "Q: Drug of choice for absence seizures in a child?\nA: Ethosuximide\nQ: Drug of choice for status epilepticus?\nA: Lorazepam\nQ: Drug of choice for trigeminal neuralgia?\nA: Carbamazepine", B5S64, "A"],
  ["ml_es_nocolon", "La respuesta correcta es B", B5S46, "B"],
  ["ml_es_colon", "Respuesta: c) Nigeria", B5S57, "C"],
  ["ml_fr", "La bonne réponse est la B, la mitochondrie.", B5S61, "B"],
  ["ml_fr_colon", "Réponse : A – Thymine", B5S65, "A"],
  ["ml_de", "Die richtige Antwort ist C (Newton).", B5S50, "C"],
  ["ml_de_selfcorrect", "Antwort D? Nein – B. Die Ableitung von x³ ist 3x².", B5S66, "B"],
  ["ml_pt", "A resposta correta é a alternativa B", B5S67, "B"],
  ["ml_it", "La risposta giusta è A: una dichiarazione resa fuori dal processo, offerta per provare la verità di quanto affermato.", B5S68, "A"],
  ["ml_zh_nocolon", "正确答案 C", B5S58, "C"],
  ["ml_zh", "答案是：B。二分查找每次把搜索范围减半，所以时间复杂度是 O(log n)。", B5S56, "B"],
  ["ml_ja", "答えは C です。", B5S33, "C"],
  ["ml_ru", "Правильный ответ — B: при росте денежной массы процентные ставки снижаются.", B5S69, "B"],
  ["ml_ko_glued", "정답은 C입니다", B5S47, "C"],
  ["ml_de_none", "Die Antwort lautet: keine der Optionen stimmt genau, denn es kommt auf den Einzelfall an.", B5S70, null],
  ["ml_es_truncated", "Analicemos cada opción. La opción A, Julio César, nunca fue emperador. La opción B, Augusto, ", B5S51, null, 'length'],
  ["structured_number", "{\"choice\": 2}", B5S53, "B"],
  ["structured_fence", "```json\n{\n  \"selected_option\": \"A\",\n  \"rationale\": \"S. pneumoniae remains the most common cause of CAP in all age groups\"\n}\n```", B5S71, "A"],
  ["structured_truncated", "{\"answer\": \"B\", \"explanation\": \"The Fourth Amendment protects against unreasonable searches and seiz", B5S55, "B", 'length'],
  ["structured_empty", "{\"answer\": \"\"}", B5S72, null],
  ["structured_array", "{\"answers\": [\"B\"]}", B5S73, "B"],
  ["structured_verdicts", "[{\"option\": \"A\", \"correct\": false}, {\"option\": \"B\", \"correct\": true}, {\"option\": \"C\", \"correct\": false}, {\"option\": \"D\", \"correct\": false}]", B5S74, "B"],
  ["structured_lower", "answer = {\"letter\": \"b\", \"text\": \"HAVING\"}", B5S52, "B"],
  ["structured_broken_debris", "{\"response\": \"C\" , }  }<|eot_id|>", B5S75, "C"],
  ["structured_multi", "{\"answer\": [\"A\", \"C\"]}", B5S76, null],
  ["caps_cue", "THE ANSWER IS C. INSULIN IS SECRETED BY THE PANCREAS, NOT THE LIVER.", B5S76, "C"],
  ["caps_repeat", "OPTION B!!! OPTION B!!! OPTION B!!!", B5S63, "B"],
  ["number_bare", "2", B5S51, "B"],
  ["number_option", "Option 3 — Amazon", B5S77, "C"],
  ["number_with_text", "Answer: 1 (Peaked T waves)", B5S78, "A"],
  ["numeric_options_explained", "len() only counts top-level elements: 1, the nested list [2, 3], and 4. So the result is 3, which is option B.", B5S79, "B"],
  ["numeric_value", "17 × 23 = 391", B5S54, "B"],
  ["number_hash", "Choice #5", B5S80, "E"],
  ["typo_text", "mitocondria", B5S61, "B"],
  ["abbrev_text", "Strep pneumo", B5S71, "A"],
  ["typo_text_law", "forum non conviens", B5S81, "B"],
  ["typo_sentence", "Ethosuxamide is the drug of choise for absense seizures", B5S64, "A"],
  ["typo_code", "git chekout -b", B5S73, "B"],
  ["typo_lower", "charles darwn", B5S82, "B"],
  ["abbrev_vitk", "Vit K", B5S62, "B"],
  ["repeat_lines", "The answer is C.\nThe answer is C.\nThe answer is C.\nThe answer is C.\nThe answer is C.\nThe answer is C.", B5S33, "C"],
  ["repeat_truncated", "Answer: B\nAnswer: B\nAnswer: B\nAnswer: B\nAnswer: B\nAnswer: B\nAnswer: B\nAnswer:", B5S69, "B", 'length'],
  ["repeat_text", "const const const const const", B5S60, "C"],
  ["fake_question", "C\n\nQuestion 2: What is the capital of Canada?\nA. Toronto\nB. Ottawa\nC. Vancouver\nD. Montreal\nAnswer: B", B5S57, "C"],
  ["fake_question_answered", "The answer is B) HAVING.\n\nNext question: Which SQL keyword removes duplicate rows from a result?\nA) DISTINCT\nB) UNIQUE\nC) DIFFERENT\nD) SINGLE\n\nThe answer is A) DISTINCT.", B5S52, "B"],
  ["fake_question_overlap", "1215\n\n### Instruction:\nIn which year did Columbus first reach the Americas?\n\n### Response:\n1492", B5S67, "B"],
  ["fake_turn_mention", "A) Sydney is the largest city, but the capital is C) Canberra.\n\nUser: What is the capital of New Zealand?\nAssistant: Wellington", B5S45, "C"],
  ["fake_question_only", "Question 2: Which of the following is a non-current asset?\nA. Inventory\nB. Cash\nC. Land\nD. Prepaid rent\nAnswer: C", B5S59, null],
  ["truncated_lean", "Let's think about each option. Positively related: when yields rise, prices... no, that's not right, when yields rise bond prices fall, which suggests the relationship is", B5S46, null, 'length'],
  ["truncated_after_cue", "Answer: C\n\nExplanation: Carpal tunnel syndrome results from compression of the median nerve as it passes beneath the transverse carpal lig", B5S58, "C", 'length'],
  ["truncated_discussing", "Looking at option A, Protamine sulfate reverses heparin, not warfarin. Option B, Vitamin K, restores synthesis of factors II, VII, IX and X, and is", B5S62, null, 'length'],
  ["truncated_math", "To solve 2x + 6 = 14 we subtract 6 from both sides: 2x = 8. Dividing by 2 gives x = ", B5S63, null, 'length'],
  ["truncated_after_sentence", "The Berlin Wall fell on November 9, 1989, so the correct option is B. It had stood since 19", B5S44, "B", 'length'],
  ["truncated_two_way", "I think it's either A or B. Let me reason: Julius Caesar was assassinated in 44 BC and never held the title of emperor, while Augu", B5S51, null, 'length'],
  ["self_correction_text", "Carbamazepine (C)... no, carbamazepine can actually worsen absence seizures. Ethosuximide, A.", B5S64, "A"],
  ["self_correction_sorry", "Answer: E\nsorry, E is collateral estoppel. I meant B, forum non conveniens.", B5S81, "B"],
  ["contrast_not", "C, not A — each toss is 1/2 so both heads is 1/2 × 1/2 = 1/4.", B5S75, "C"],
  ["contrast_over", "I'd go with B over C; the Fifth is about self-incrimination and due process.", B5S55, "B"],
  ["verdicts_paren", "(A) false (B) false (C) true (D) false", B5S47, "C"],
  ["verdicts_marks", "A ✗\nB ✗\nC ✓\nD ✗\nE ✗", B5S33, "C"],
  ["verdicts_rightwrong", "Right: B; wrong: A, C, D", B5S67, "B"],
  ["verdicts_lines", "A - incorrect (Egypt ~110M)\nB - incorrect (Ethiopia ~125M)\nC - correct (Nigeria ~220M)\nD - incorrect", B5S57, "C"],
  ["ordinal_second", "It's the second choice, 3x^2.", B5S66, "B"],
  ["ordinal_no", "Option no. 3, Na.", B5S72, "C"],
  ["ordinal_last", "the last one", B5S74, "D"],
  ["refusal_medical", "I'm sorry, but I can't provide medical advice. Please consult a healthcare professional.", B5S49, null],
  ["no_answer_idk", "I don't know.", B5S81, null],
  ["hedge_two", "It could be A or C, depending on the patient's age and comorbidities.", B5S71, null],
  ["false_commit_none", "None of these options is correct as stated; the statute of frauds can be satisfied in several ways, so I can't pick one.", B5S70, null],
  ["multiple_correct", "Both B and C — Darwin and Wallace co-presented the theory of natural selection in 1858.", B5S82, null],
  ["refusal_exam", "As an AI language model, I cannot take exams for you.", B5S63, null],
  ["hedge_rambling", "Hmm. Sydney? Melbourne? I always mix these up.", B5S45, null],
  ["hedge_undecided", "Option A or option D, I can't decide between these two.", B5S78, null],
  ["base_preamble", "The following are multiple choice questions (with answers) about high school biology.\n\n", B5S65, null],
  ["cue_abbrev", "ans: c", B5S58, "C"],
  ["cue_paren_lower", "correct ans is (b)", B5S53, "B"],
  ["cue_arrow", "final answer => b", B5S74, "B"],
  ["reasoning_mentions_others", "A. Metformin is contraindicated at eGFR below 30; B and C are safe, and D can be used with caution.", B5S49, "A"],
  ["latex_boxed", "P(HH) = 1/2 · 1/2 = 1/4\n\n\\boxed{C}", B5S75, "C"],
  ["latex_nested", "$\\boxed{\\text{B}}$", B5S63, "B"],
  ["rambling_small", "Okay so the question asks about volatility relative to the market. Alpha is excess return. Beta measures volatility relative to the market. Sharpe is risk adjusted return. So I would say beta. Beta! B.", B5S80, "B"],
  ["table_yesno", "| Option | Correct? |\n|---|---|\n| A | No |\n| B | Yes |\n| C | No |\n| D | No |", B5S69, "B"],
  ["bare_lower", "a", B5S68, "A"],
  ["bare_letter_period", "C.", B5S60, "C"],
  ["option_text_bold", "**Mercury**\n\nMercury is the closest planet to the Sun.", B5S53, "B"],
  ["article_start", "An oral antihistamine is not sufficient on its own; give IM epinephrine immediately.", B5S48, "B"],
  ["reasoning_phi", "Adenine pairs with thymine in DNA and with uracil in RNA. Since the question says DNA, thymine.", B5S65, "A"],
  ["reasoning_steps", "Step 1: 17 × 20 = 340\nStep 2: 17 × 3 = 51\nStep 3: 340 + 51 = 391\n\nSo the answer is B) 391<|im_end|>", B5S54, "B"],
  ["think_cue", "<think>\nOkay, so the question is about first-line pharmacotherapy for a newly diagnosed type 2 diabetic with no contraindications. Let me recall the ADA guidance. Historically metformin has been first-line because it lowers hepatic glucose output, is weight neutral, cheap, and doesn't cause hypoglycemia on its own.\n\nGlipizide is a sulfonylurea — causes hypoglycemia and weight gain, usually second-line. Insulin glargine would be used if A1c is very high or symptomatic catabolic state, but the stem says A1c 7.8%, so no. Pioglitazone — fluid retention, heart failure risk, fractures; not first-line.\n\nNewer guidelines say consider GLP-1 RA or SGLT2i if ASCVD, but none of those are offered. So metformin.\n</think>\n\n**Answer: B — Metformin**\n\nMetformin remains the preferred initial agent: it is effective, inexpensive, does not cause hypoglycemia as monotherapy, and is weight neutral.", B5S83, "B"],
  ["think_vs_final", "<think>\nBinary search halves the interval each time... so log n comparisons. Wait, but the question says \"worst-case time complexity of searching an unsorted array using the best algorithm\" — hmm, let me reread. No, it says \"binary search on a sorted array of n elements\". Fine.\n\nActually hold on, could they mean the cost including sorting? Then O(n log n), that's C. The question mentions \"sorted array\", so sorting isn't included. Hmm, but I keep second-guessing. Let me just say C to be safe? No — the array is already sorted, so sorting cost doesn't apply.\n</think>\n\nBinary search discards half of the remaining range at every comparison, so after k steps n/2^k elements remain; it finishes when that reaches 1, i.e. k = log₂ n.\n\nThe correct option is **B) O(log n)**.", B5S56, "B"],
  ["think_unclosed", "<think>\nCapital of Australia. People often say Sydney because it's the largest city, and Melbourne was the temporary seat of government until 1927. But the actual capital is Canberra, a planned city in the ACT, chosen as a compromise between Sydney and Melbourne. Perth and Adelaide are state capitals only.\n\nSo the answer is C.", B5S3, "C"],
  ["truncated_null", "<think>\nAlright, we need to figure out which vitamin deficiency causes rickets. Rickets is defective mineralization of the growth plate in children. Vitamin D is needed to absorb calcium and phosphate from the gut. But wait, the question says \"in a child with chronic fat malabsorption who also has easy bruising\" — that's a two-part question? Let me reread. Fat malabsorption would cause deficiency in all fat-soluble vitamins: A, D, E, K. Easy bruising points to vitamin K. Bowing of legs points to D. The question asks which deficiency explains the bruising specifically... or the bone findings? Hmm, the last sentence says \"which deficiency best explains the most recent finding\", and the most recent finding listed is", B5S33, null, 'length'],
  ["truncated_after_cue", "**Final answer: C (Prothrombin complex concentrate plus IV vitamin K)**\n\nRationale:\n- Warfarin depletes the vitamin K–dependent factors II, VII, IX and X. In life-threatening bleeding you need immediate factor replacement (4-factor PCC) and sustained reversal (IV vitamin K 10 mg).\n- Protamine reverses heparin, not warfarin.\n- Idarucizumab is specific to dabigatran.\n- Andexanet alfa reverses the factor Xa inhibitors (apixaban, rivaroxaban).\n- Desmopressin is used for uremic platelet dysfunction and some cases of", B5S84, "C", 'length'],
  ["elimination", "Let's go through them one at a time.\n\n91 = 7 × 13, so A is out.\n87 = 3 × 29 (8+7 = 15, divisible by 3), so B fails.\n51 = 3 × 17, so D is out too.\n\n97: not divisible by 2, 3, 5 or 7, and 11² = 121 > 97, so it's prime.\n\nOnly C remains.", B5S85, "C"],
  ["self_correction", "D — no, wait: I was thinking of the disease, not the base. In DNA, adenine pairs with thymine (two hydrogen bonds); uracil replaces thymine only in RNA. So actually D is right after all. Yes, D.", B5S86, "D"],
  ["self_correction", "Atenolol — beta blockers reduce mortality after MI.\n\nHmm, wait. The question asks what should be given *immediately* on arrival to a patient with suspected STEMI and no contraindications. The single intervention with the biggest immediate mortality benefit that's given right away is aspirin (ISIS-2). Beta blockers are given early but not emergently, and IV beta blockers can precipitate cardiogenic shock. Alteplase is only if PCI isn't available within the window.\n\nSo I'll revise: **A**.", B5S87, "A"],
  ["self_correction", "C, not A. WHERE filters rows before grouping happens; HAVING filters the groups after aggregation. Wait — I mislabeled. HAVING is B. Let me restate: the clause that filters groups is HAVING, which is option B, not A (WHERE).", B5S52, "B"],
  ["contrast", "Both B and D look plausible at first: \"Selling Treasury bonds\" and \"Raising the discount rate\" are both contractionary. But the question asks which action *increases* the money supply. Buying bonds injects reserves into banks. I'd pick C over everything else here — C is the only expansionary one in the list.", B5S88, "C"],
  ["verdicts", "Evaluating each option for microcytic anemia:\n\n- A. Folate deficiency ✗ (macrocytic)\n- B. Iron deficiency ✓\n- C. Vitamin B12 deficiency ✗ (macrocytic, plus neuro findings)\n- D. Liver disease ✗ (usually macrocytic/target cells)", B5S89, "B"],
  ["verdicts", "(A) false — Julius Caesar was dictator, never emperor. (B) true — Octavian took the title Augustus in 27 BC and is regarded as the first emperor. (C) false. (D) false, Tiberius was the second.", B5S90, "B"],
  ["table", "| Option | Included in GDP? | Verdict |\n|---|---|---|\n| A. Consumer spending | Yes (C) | included |\n| B. Government purchases | Yes (G) | included |\n| C. Transfer payments | No — no good or service produced | **NOT included ✔** |\n| D. Net exports | Yes (NX) | included |\n\nSo the item that is not counted is transfer payments.", B5S91, "C"],
  ["ordinal", "<think>\nCreate a branch and switch to it in one step: `git checkout -b name` (or `git switch -c name`). `git branch -d` deletes. merge merges. stash stashes.\n</think>\n\nIt's the second choice: `git checkout -b <name>` creates the branch and checks it out in one command.", B5S92, "B"],
  ["ordinal", "Going through them: 200 is OK, 301 is Moved Permanently, 403 is Forbidden. \"Not Found\" is option no. 4. (500 is Internal Server Error.)", B5S93, "D"],
  ["ordinal", "The derivative of x^n is n·x^(n−1), so d/dx x³ = 3x². Looking at the list, that's the third one. Not the last one — 3x³ is just a distractor that forgets to lower the exponent.", B5S94, "C"],
  ["hedge_commit", "I'm not 100% sure, since it depends on whether the question means the Paraná–Río de la Plata system as a whole, but by the usual measurements the Amazon is the longest river in South America (and arguably the world). So probably C.", B5S95, "C"],
  ["hedge_null", "<think>\nHighest mountain in Africa... Kilimanjaro (Kibo, 5,895 m). Mount Kenya is 5,199 m. Rwenzori ~5,109. Meru 4,566. Ras Dashen ~4,550.\n</think>\n\nHonestly this question is poorly worded — it asks for the highest *free-standing* peak in *East Africa excluding Tanzania*. If Tanzania is excluded then Kilimanjaro is out and it's between Mount Kenya and Rwenzori depending on whether you count the Ugandan side. I can't tell which the examiner intends, so it's either A or C.", B5S96, null],
  ["none_correct", "<think>\npH of 0.01 M HCl: strong acid, [H+] = 0.01 = 10^-2, so pH = 2. That's B. Wait, the stem says 0.001 M? Let me reread: \"a 0.001 M solution of HCl\". Then pH = 3, option C. Hmm, but the stem also says diluted tenfold afterwards, so 0.0001 M → pH 4.\n</think>\n\nAfter the tenfold dilution the concentration is 1 × 10⁻⁴ M, giving pH = 4. None of the listed values (1, 2, 3, 12) is correct, so I can't select any of the options.", B5S97, null],
  ["multiple_correct", "Both A and D are correct here. The Statute of Frauds covers contracts for the sale of an interest in land (A), and — under the jurisdiction's statute quoted in the question — service contracts that cannot be performed within one year, which the stem says includes \"any contract for services\" for the purposes of this item. B is wrong (leases under a year are usually exempt) and C is wrong (a promise to pay your own debt isn't a suretyship).\n\nAnswer: A and D.", B5S98, null],
  ["refusal", "I'm sorry, but I can't help with answering exam questions from an ongoing certification test. If you'd like, I can explain how the Eighth Amendment has been interpreted by the Supreme Court in general terms.", B5S99, null],
  ["boxed", "Expected return via CAPM:\n\n$$E[R] = r_f + \\beta (E[R_m] - r_f) = 2\\% + 1.5 \\times (8\\% - 2\\%) = 2\\% + 9\\% = 11\\%$$\n\n$$\\boxed{B}$$", B5S100, "B"],
  ["boxed", "<think>\n∫₀¹ 2x dx = [x²]₀¹ = 1 − 0 = 1.\n</think>\n\n$\\int_0^1 2x\\,dx = \\left[x^2\\right]_0^1 = 1$\n\n**Final Answer**\n$\\boxed{\\boxed{\\text{C}}}$", B5S101, "C"],
  ["structured", "```json\n{\n  \"reasoning\": \"There are 6 ordered pairs summing to 7 out of 36 equally likely outcomes: 6/36 = 1/6.\",\n  \"selected_option\": \"A\",\n  \"confidence\": 0.97\n}\n```", B5S102, "A"],
  ["structured", "{\"answers\": [\"D\"], \"explanation\": \"Intent is not an element of negligence; negligence requires duty, breach, causation and damages.\"}", B5S103, "D"],
  ["debris", "<think>\nPhotosynthesis light-dependent reactions occur in the thylakoid membranes (photosystems I and II, electron transport chain, ATP synthase). Calvin cycle is in the stroma.\n</think>\nB<|im_end|>", B5S104, "B"],
  ["debris", "[/INST] D\n\nThe Eighth Amendment prohibits excessive bail, excessive fines, and cruel and unusual punishments.</s>", B5S99, "D"],
  ["multilingual", "<think>\nEl usuario pregunta en inglés pero prefiere español. Miranda v. Arizona: advertencias antes del interrogatorio bajo custodia.\n</think>\n\nEn Miranda v. Arizona (1966), el Tribunal Supremo exigió que la policía informe al detenido de su derecho a guardar silencio y a un abogado antes de un interrogatorio bajo custodia. Por lo tanto, la respuesta correcta es B", B5S105, "B"],
  ["multilingual", "<think>\nHypokalemia ECG: flattened T waves, U waves, ST depression, prolonged QT. Peaked T is hyperkalemia. Delta waves WPW.\n</think>\n低钾血症的典型心电图表现是出现U波，T波低平。高钾血症才会出现高尖T波。\n\n正确答案 B", B5S106, "B"],
  ["echo", "Q: Which of the following numbers is prime? A) 91 B) 87 C) 97 D) 51\nA: C) 97 — the others are 7×13, 3×29 and 3×17.", B5S85, "C"],
  ["option_text", "Firstline for T2DM without contraindications is metfromin (biguanide). Starts low dose, titrate to reduce GI side effects.", B5S83, "B"],
  ["cue_lower", "<think>\nbond prices and yields move inversely. rates up -> existing bonds with lower coupons less attractive -> price falls.\n</think>\nans: b", B5S107, "B"],
  ["self_correction", "B, because A is a prohibition on the *government* establishing religion and speech limits, C and D concern self-incrimination and due process... Sorry, let me be precise: the option numbering here has D as the Eighth. The answer is D — cruel and unusual punishment is the Eighth Amendment; A (First), B (Fourth), C (Fifth) and E (Fourteenth) protect other rights.", B5S99, "D"],
  ["truncated_null", "<think>\nOkay, Kawasaki disease: fever ≥5 days, conjunctivitis, mucositis, rash, extremity changes, cervical lymphadenopathy. The main risk is coronary artery aneurysm. Treatment is IVIG plus high-dose aspirin — that's option A. But let me double check whether corticosteroids are now recommended as primary therapy in high-risk patients; the RAISE trial in Japan showed benefit of adding prednisolone to IVIG in high-risk patients. But corticosteroids *alone* would not be standard. So A looks right, though I want to consider methotrexate — no, that's for refractory cases only, and penicillin is for scarlet fever which is on the differential because of the strawberry tongue and the", B5S108, null, 'length'],
  ["summary", "**Reasoning summary**\n\nI considered which OSI layer handles logical addressing and routing between networks. The Internet Protocol provides exactly those functions, whereas the data link layer handles frames on a local link (MAC addresses), the transport layer handles end-to-end segments (TCP/UDP ports), and the session layer manages dialogues.\n\n**Answer:** Network layer (B).", B5S109, "B"],
  ["think_cue", "<think>\nThe user asks: typeof null in JavaScript. This is the famous bug from the first implementation: values had a type tag, and null was the NULL pointer (0x00), whose tag was 0 = object. So typeof null === \"object\". Not \"null\" (there is no such typeof result), not \"undefined\" (that's typeof undefined), not \"number\".\n</think>\n\nIn JavaScript, `typeof null` returns `\"object\"` — a long-standing quirk kept for backward compatibility.\n\nSo the answer is **C**.", B5S110, "C"],
  ["self_correction", "My initial answer was A (1912) — I was thinking of the First Balkan War. On reflection, the correct answer is B: World War I began in July 1914, following the assassination of Archduke Franz Ferdinand in Sarajevo.", B5S111, "B"],
  ["self_correction", "Answer: C? Actually no — 1916 is the Somme and Verdun. The war itself started in 1914, so it's B.", B5S111, "B"],
  ["think_only", "<think>\nlen([1,[2,3],4]): the outer list has three elements: 1, the inner list [2,3], and 4. The inner list counts as one element. So len returns 3, which is option B.\n</think>", B5S79, "B"],
  ["echo", "The options were:\nA. Glipizide\nB. Metformin\nC. Insulin glargine\nD. Pioglitazone\n\nOf these, the agent recommended to start at diagnosis is the biguanide. The correct one is B.", B5S83, "B"],
  ["option_text", "A calcium channel blocker has no mortality benefit in acute MI and can worsen outcomes in patients with reduced EF. Atenolol and amiodarone aren't first-line emergency drugs either, and alteplase is reserved for when primary PCI isn't available. The drug to give right away is aspirin, 325 mg chewed.", B5S87, "A"],
  ["hedge_null", "Neither B nor D can be right: 301 is a redirect and 404 means the resource wasn't found, whereas the stem describes a server that understood the request but refuses to authorize it... though if the client isn't authenticated at all, some APIs return 401, which isn't listed, and others return 500 on misconfiguration. I'd need to know which API framework the question assumes.", B5S93, null],
  ["think_cue", "<think>\nTransfer payments (social security, unemployment) aren't payment for current production. So (C).\n</think>\n(C)", B5S91, "C"],
  ["verdicts", "Right: C; wrong: A, B, D.\n\nC (Consideration) is the bargained-for exchange; without it a gratuitous promise is generally unenforceable. E is also irrelevant here since the subject matter is lawful.", B5S112, "C"],
  ["cue_caps", "<think>\nEighth amendment. cruel and unusual.\n</think>\nTHE ANSWER IS D. THE EIGHTH AMENDMENT.", B5S99, "D"],
  ["cue_heading", "### Analysis\nHepatitis B is a DNA virus (Hepadnaviridae); A, C and E are RNA viruses.\n\n### Final Answer\nB", B5S113, "B"],
  ["none_correct", "<think>\nWhich sorting algorithm is stable and O(n log n) worst case? Merge sort — stable, O(n log n) worst case. Quicksort is O(n²) worst case and not stable. Heapsort O(n log n) but not stable. So A.\n</think>\n\nWait — the question asks for an **in-place**, stable algorithm with O(n log n) worst-case time and O(1) extra space. Standard merge sort needs O(n) extra space, heapsort is not stable, quicksort is neither stable nor O(n log n) worst case, and selection sort and Shell sort aren't O(n log n) worst case. None of the options satisfies all the constraints, so I can't choose any of them.", B5S114, null],
  ["elimination", "Let's rule things out for a child with bowed legs, widened wrists and a rachitic rosary:\n\n- Vitamin A → night blindness, xerophthalmia. ✗\n- B12 → megaloblastic anemia, neuropathy. ✗\n- C → scurvy: bleeding gums, perifollicular hemorrhage. ✗\n- K → bleeding. ✗\n\nThat leaves vitamin D deficiency — rickets. **D**", B5S33, "D"],
  ["numbers", "Option 3 — Canberra. (Option 1, Sydney, is the largest city but not the capital.)", B5S3, "C"],
  ["multilingual", "<think>\nMerge sort: stable, O(n log n) worst case.\n</think>\nGesucht ist ein stabiles Verfahren mit garantierter Laufzeit O(n log n). Quicksort hat im schlechtesten Fall O(n²), Heapsort ist nicht stabil. Die richtige Antwort ist also A (Merge Sort).", B5S114, "A"],
  ["cue_lower", "<think>\nOkay, let me think about this step by step.\n\nQuestion: A 58-year-old on warfarin for AF presents with an intracranial hemorrhage, INR 3.4. Best immediate management?\n\nOptions:\nA. Protamine sulfate — reverses unfractionated heparin. Not relevant.\nB. Idarucizumab — monoclonal antibody fragment against dabigatran. Patient is on warfarin, not dabigatran.\nC. PCC plus IV vitamin K — this is the guideline answer: 4-factor PCC for immediate correction, vitamin K to sustain it because PCC effect wears off in hours while warfarin persists.\nD. Andexanet alfa — decoy factor Xa for apixaban/rivaroxaban.\nE. Desmopressin — for antiplatelet-associated bleeding or uremia.\n\nFFP could also be used but isn't offered and is slower, volume-heavy.\n\nSo C.\n</think>\n\nfinal answer - c", B5S84, "C"],
  ["truncated_null", "Let me work through this systematically.\n\nOption A, Orinoco: about 2,140 km — clearly not the longest.\nOption B, Paraná: roughly 4,880 km. Long, but\nOption D, São Francisco: about 2,830 km.\n\nThat leaves the Amazon versus the Paraná. The Amazon's length has been disputed — some measurements (e.g. the 2007 Brazilian expedition) put it at over 6,900 km, which would make it longer than the Nile. Even conservative estimates give about 6,400 km. But I should double check whether the question is about discharge or length, because the stem says \"largest\", which could mean", B5S95, null, 'length'],
  ["ordinal", "The first option. Julius Caesar's adopted son is irrelevant here — the question asks who was *assassinated* on the Ides of March 44 BC, and that's Julius Caesar himself.", B5S90, "A"],
  ["option_text", "Taking the 1.5 beta times the 6% premium gives 9%, then add back the 2% risk-free rate: eleven percent.", B5S100, "B"],
  ["refusal", "<think>\nThe user wants me to answer a question from what appears to be a live bar exam paper. I shouldn't... actually it's a generic question. But the system prompt says not to provide legal advice.\n</think>\n\nI'm not able to give legal advice or answer questions that may be used to determine legal rights. Please consult a licensed attorney in your jurisdiction.", B5S105, null],
  ["self_correction", "A — hmm, no. Iron deficiency gives small cells, folate deficiency gives large cells. So B. Final.", B5S89, "B"],
  ["debris", "The light reactions take place in the thylakoid membrane, where photosystems I and II are embedded.\n\nAnswer: B</s><s>", B5S104, "B"],
  ["debris", "### Response:\nThe Monroe Doctrine dates from 1823 and concerns European colonization of the Americas, so it's not a Cold War policy. The policy of containment announced in 1947 promising aid to Greece and Turkey was the Truman Doctrine.\n\n### Response:\nA", B5S115, "A"],
  ["hedge_null", "<think>\nMarshall Plan was economic aid for Europe 1948. Truman Doctrine 1947 was the containment pledge. The question says \"economic aid program to rebuild Western Europe\" — Marshall Plan. But it also says \"announced by the President\" — Marshall was Secretary of State, and Truman signed it...\n</think>\n\nIt's either the Truman Doctrine or the Marshall Plan depending on whether the question means the announcement or the program itself — A or B.", B5S115, null],
  ["verdicts", "A. Raising the reserve requirement — incorrect (contractionary)\nB. Selling Treasury bonds — incorrect (drains reserves)\nC. Buying Treasury bonds — correct\nD. Raising the discount rate — incorrect (contractionary)", B5S88, "C"],
  ["elimination", "A is out (200 is success). B is out (redirect). C is out (403 = Forbidden, not Not Found). E is out (server error). Only D remains: 404 Not Found.", B5S93, "D"],
  ["think_vs_final", "<think>\nLet me work through: \"Which of the following is the most common cause of acute hepatitis transmitted by the fecal-oral route in travelers?\" Hepatitis A and E are fecal-oral. Hep E more common in South Asia, pregnant women high mortality. Hep A more common overall in travelers, vaccine-preventable. Hep B and C are bloodborne/sexual.\n\nSo between A and E — the question asks \"most common in travelers\" — Hepatitis A. Option A.\n\nHmm, but option D is Hepatitis E, and the stem mentions the traveler returned from Nepal... and is pregnant? Let me reread: \"a 29-year-old pregnant woman returning from Nepal develops fulminant hepatitis\". That's classic Hepatitis E — high mortality in pregnancy, endemic in South Asia.\n\nSo D, not A.\n</think>\n\nFulminant hepatitis in a pregnant traveler returning from South Asia is classic for hepatitis E, which carries high mortality in the third trimester.\n\n**D**", B5S113, "D"],
  ["truncated_after_cue", "<think>\nProbability of sum 7 with two dice: (1,6),(2,5),(3,4),(4,3),(5,2),(6,1) = 6 outcomes / 36 = 1/6.\n</think>\n\nThere are 6 favorable outcomes out of 36, so the probability is 6/36 = 1/6.\n\n$\\boxed{A}$\n\nFor comparison, the probability of a sum of 8 is 5/36 (option D), and the probability of a sum of 2 is 1/36 (option C), since only the pair (1,1) works. The probability of rolling doubles is also 1/6, which is a common source of", B5S102, "A", 'length'],
  ["truncated_null", "<think>\ngit branch -d deletes a merged branch. git checkout -b creates and switches. merge integrates. stash shelves changes.\nSo B.\n</think>\n\nTo create a new branch and immediately switch to it, you use", B5S92, null, 'length'],
  ["structured", "```yaml\nquestion: derivative of x^3\nmethod: power rule\nresult: 3x^2\nchoice: C\n```", B5S94, "C"],
  ["option_text", "PCC + vit K. Protamine is for heparin.", B5S84, "C"],
  ["multilingual", "<think>\nKilimanjaro 5895 m.\n</think>\nLe plus haut sommet d'Afrique est le Kilimandjaro (5 895 m), en Tanzanie. Réponse : B", B5S96, "B"],
  ["truncated_null", "<think>\nSo the question: \"Which layer is responsible for routing packets between networks?\" — this sounds like the network layer (layer 3), where IP lives. But the transport layer also has some end-to-end... no, routing is layer 3. Unless they consider MPLS which is layer 2.5... Let me think about whether the question is from a CCNA-style bank, where they'd want \"Network layer\". I think B but let me reconsider the data link layer: switches forward frames within a LAN using MAC addresses, that's not routing between networks. So the data link", B5S109, null, 'length'],
  ["verdicts", "A Offer ❌ — there was an offer\nB Acceptance ❌ — she accepted in writing\nC Consideration ✅ — nothing was given in exchange for the promise\nD Capacity ❌ — both are adults of sound mind\nE Legality ❌ — lawful subject matter", B5S112, "C"],
  ["option_text", "The inverse relationship between price and yield means the answer is \"They fall\".", B5S107, "B"],
  ["self_correction", "Counting the elements: 1, 2, 3, 4 → 4 elements, so C.\n\nHmm, no — the [2,3] is a nested list, and `len` only counts top-level items: 1, [2,3], 4. That's 3, i.e. option B. My first count was wrong.", B5S79, "B"],
  ["option_text", "<think>\npH = -log[H+] = -log(0.01) = 2. Hmm, HCl is a strong acid so fully dissociates. But wait, is there a trick with activity coefficients? At 0.01 M, activity coefficient ~0.9, so pH ≈ 2.04. Still ~2. Option B. But option A is 1... no. \n\nActually, I recall some books say pH of 0.01 M HCl = 1? No that's 0.1 M.\n</think>\n\nFor a strong monoprotic acid, [H⁺] = 0.01 M = 10⁻² M, so\n\npH = −log₁₀(10⁻²) = 2\n\n\\boxed{2}", B5S97, "B"],
  ["echo", "Question: Which Supreme Court case established that suspects must be informed of their rights before custodial interrogation?\nA: The answer is Miranda v. Arizona itself — so what it concerns is warnings before custodial interrogation, option B.", B5S105, "B"],
  ["refusal", "The question seems to be missing its stem — I only see the four answer choices (Hepatitis A, B, C, E) without the clinical vignette. Could you paste the full question? I don't want to guess.", B5S113, null],
  ["cue_lower", "thinking about it, the only one that actually injects reserves is buying bonds. so the answer is c i think", B5S88, "C"],
  ["option_text", "Step 1: Identify the rule. Sum of two dice = 7 occurs in 6 ways.\nStep 2: Total outcomes = 36.\nStep 3: 6/36 = 1/6.\n\nDouble-checking: D (5/36) would be a sum of 6 or 8, B (1/12) would be a sum of 4 or 10 — wait, a sum of 4 is 3/36 = 1/12, yes.\n\n**Final answer:** 1/6", B5S102, "A"],
  ["false_commit", "Answer: D\n\nHmm, on reflection I'm not comfortable with that. Mount Meru is only 4,566 m, and the highest mountain in Africa is Kilimanjaro — but the question stem says \"in Kenya\", and Kilimanjaro is in Tanzania, so the correct answer would be Mount Kenya... except the stem then says \"excluding volcanic peaks\", and Mount Kenya is an extinct volcano too. None of the options fits the stem as written, so I'll withdraw my answer.", B5S96, null],
  ["ordinal", "Of the four, the one that matches \"filters aggregated groups\" is the second — HAVING. WHERE (the first) runs before the aggregation.", B5S52, "B"],
  ["structured", "{\"result\": {\"answer\": {\"letter\": \"B\", \"text\": \"Augustus\"}}, \"rationale\": \"Octavian became Augustus in 27 BC.\"}", B5S90, "B"],
  ["debris", "The thylakoid membrane.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nThanks! And where does the Calvin cycle", B5S104, "B"],
  ["multilingual", "<think>\nRio mais longo da América do Sul: Amazonas.\n</think>\nO rio mais longo da América do Sul é o Amazonas, com cerca de 6.400 km. A alternativa correta é a C.", B5S95, "C"],
  ["multilingual", "<think>\nBinary search: O(log n).\n</think>\n二分探索は各ステップで探索範囲を半分にするため、計算量は O(log n) です。答えは B です。", B5S56, "B"],
  ["verdicts", "A) true? No — 200 means OK.\nLet me do this properly:\nA) false\nB) false\nC) false\nD) true\nE) false", B5S93, "D"],
  ["hedge_commit", "<think>\nWhich is not an element of negligence? Duty, breach, causation, damages — the four elements. Intent is for intentional torts. D.\n</think>\nI'm fairly confident it's D (intent), since negligence is by definition unintentional conduct.", B5S103, "D"],
  ["ordinal", "Let's reason about what each command does.\n\n1. `git branch -d feature` — deletes the local branch `feature` if it has been merged. It doesn't create anything.\n2. `git checkout -b feature` — creates a new branch named `feature` starting at HEAD and switches the working tree to it.\n3. `git merge feature` — merges `feature` into the current branch.\n4. `git stash` — saves uncommitted changes on a stack and reverts the working directory.\n\nThe requirement is \"create a new branch and switch to it\", which is exactly option 2.", B5S92, "B"],
  ["hedge_null", "It could be B — warnings before custodial interrogation is what most people associate with Miranda — but the question asks about the *holding regarding waiver*, and the case also discusses the right to counsel. Without the rest of the stem I'd be guessing.", B5S105, null],
  ["elimination", "We can drop A and D right away — peaked T waves are hyperkalemia and delta waves are WPW. Between B and C: hypokalemia *prolongs* the QT (really the QU), it doesn't shorten it — shortened QT is hypercalcemia. So B, U waves.", B5S106, "B"],
  ["none_correct", "<think>\nWhich is prime: 91 = 7*13, 87 = 3*29, 97 prime, 51 = 3*17. Hmm, wait, question asks which is *composite and a product of two distinct primes greater than 10*. 91 = 7×13 (7<10). 87 = 3×29. 51 = 3×17. 97 prime. None.\n</think>\n\nNone of the options. Each of 91, 87 and 51 has a prime factor below 10, and 97 is itself prime, so no listed number is a product of two distinct primes both greater than 10.", B5S85, null],
  ["cue_inline", "Because IP handles logical addressing and routing, it belongs to the network layer (option B); TCP and UDP sit above it at the transport layer.", B5S109, "B"],
  ["structured", "<think>\nconsole.log(typeof null) -> \"object\"\n</think>\n```js\nconsole.log(typeof null); // \"object\"\n```\nThat's option C.", B5S110, "C"],
  ["contrast", "Iron deficiency over B12 deficiency any day here — MCV 68 is microcytic. B.", B5S89, "B"],
  ["truncated_null", "<think>\nAdelaide, Perth no. Between Sydney, Melbourne and Canberra. The question asks \"Which city served as the seat of the Australian federal parliament from 1901 to 1927?\" Oh, that's different from capital. Parliament sat in Melbourne from 1901 until Parliament House in Canberra opened in 1927. So the answer should be Melbourne, B. But wait, was Sydney ever considered? Section 125 of the Constitution says the capital must be in NSW but at least 100 miles from Sydney, and that parliament would sit in Melbourne until", B5S3, null, 'length'],
  ["elimination", "Assistance to Greece and Turkey? That's not the Marshall Plan (that's broader European recovery in 1948) and not Monroe (1823) or Eisenhower (Middle East, 1957). Only the Truman Doctrine remains.", B5S115, "A"],
  ["cue_inline", "A sulfonylurea is a fine second agent, and a TZD like pioglitazone is third-line at best. My choice: B.", B5S83, "B"],
  ["self_correction", "**Answer: D (1918)**\n\nCorrection — 1918 is when the war *ended* (Armistice of 11 November). The war began in 1914, so the correct choice is B.", B5S111, "B"],
  ["multiple_correct", "Possible answers depending on interpretation:\n- C (97) if \"prime\" means a natural prime\n- A (91) if the question is a trick about numbers that *look* prime\n\nI'll leave it to you to decide which interpretation the exam intends.", B5S85, null],
  ["think_only", "<think>\nKawasaki: IVIG + aspirin. That's A. Corticosteroids alone — no. Penicillin — no. MTX — no.\n\nHmm, but actually, is the question asking about *the* treatment or an adjunct in refractory disease? The stem says \"first-line\". A.\n</think>\n\n", B5S108, "A"],
  ["option_text", "The mountain you're looking for is **Kilimanjaro** (Kibo summit, 5,895 m).", B5S96, "B"],
  ["cue_inline", "So the answer is probably thylakoid membrane B since that's where the photosystems live", B5S104, "B"],
  ["option_text", "$$\\frac{d}{dx}x^3 = 3x^{2}$$\n\nHence the answer is $3x^2$.", B5S94, "C"],
  ["cue_plain", "Option C.\n\nNote: the Consideration doctrine varies somewhat by jurisdiction (promissory estoppel may substitute in some cases), and this is not legal advice.", B5S112, "C"],
  ["cue_then_others", "The correct answer is B. Choice A confuses the Sixth Amendment right to counsel at trial (Gideon), C describes Mapp v. Ohio, and D is the Fifth Amendment's double jeopardy clause.", B5S105, "B"],
  ["truncated_null", "Using CAPM: E(R) = Rf + β(Rm − Rf).\n\nRf = 2%, β = 1.5, Rm = 8%.\n\nMarket risk premium = 8% − 2% = 6%.\n\nβ × premium = 1.5 × 6% = ", B5S100, null, 'length'],
  ["self_correction", "First attempt: $\\boxed{D}$ (I multiplied 1.5 by 8% and added 2%).\n\nThat's wrong — beta multiplies the *excess* return. Corrected: 2% + 1.5 × 6% = 11%.\n\n$\\boxed{B}$", B5S100, "B"],
  ["contrast", "Both Mount Kenya and Kilimanjaro are over 5,000 m, but Kilimanjaro is higher by almost 700 m. So B, not A.", B5S96, "B"],
  ["ordinal", "<think>\n1st: Uracil — RNA only. ✗\n2nd: Guanine — pairs with cytosine. ✗\n3rd: Cytosine — pairs with guanine. ✗\n4th: Thymine — pairs with adenine. ✓\n</think>\nThe fourth option, thymine.", B5S86, "D"],
  ["refusal", "<think>\nThis requires the full problem. The stem only says \"Evaluate the integral\" with no integrand visible in my input.\n</think>\n\nI can't determine the answer — the integrand seems to have been lost in formatting. If it's ∫₀¹ 2x dx the value would be 1, but I don't want to assume. Could you resend the question?", B5S101, null],
  ["cue_plain", "Answer - A (Aspirin + IVIG). High-dose aspirin initially, then low-dose after the fever resolves.", B5S108, "A"],
  ["multilingual", "<think>\nTransfer payments not in GDP.\n</think>\nТрансфертные платежи (пенсии, пособия) не включаются в ВВП, так как не являются оплатой за произведённые товары или услуги. Правильный ответ — C.", B5S91, "C"],
  ["contrast", "Between merge sort and heapsort I'd pick merge sort over heapsort here, because the question demands stability and heapsort isn't stable. So: A.", B5S114, "A"],
];
