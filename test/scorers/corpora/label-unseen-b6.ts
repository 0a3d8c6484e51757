/**
 * Held-out batch 6 (labels): 300 replies by three writers who saw neither the extractor nor
 * the corpora, kept apart until the fifth round's fixes were on main and measured once there
 * before any fix (README: 31 of 300 read differently from a careful reader, 10.3%). The 4
 * replies the sixth round could not read by a general rule were left out; batch 8's round reads two of them (kept at the
 * end), the README says which two are still left out.
 */
import type { Row } from './label-unseen.js';

const B6S1 = ["yes", "no", "maybe"];
const B6S2 = ["Yes", "No"];
const B6S3 = ["positive", "negative", "neutral"];
const B6S4 = ["entailment", "neutral", "contradiction"];
const B6S5 = ["indemnification", "limitation of liability", "termination", "confidentiality", "governing law", "non-compete", "warranty", "assignment"];
const B6S6 = ["toxic", "non-toxic"];
const B6S7 = ["World", "Sports", "Business", "Sci/Tech"];
const B6S8 = ["sadness", "joy", "love", "anger", "fear", "surprise"];
const B6Q1 = "Context: In 4,812 adults followed for 10 years, coffee consumption of 3–4 cups/day was associated with a lower risk of type 2 diabetes (HR 0.76, 95% CI 0.64–0.90).\nQuestion: Is habitual coffee consumption associated with a reduced risk of type 2 diabetes?";
const B6Q2 = "Context: Children randomized to a school-based fruit program ate 0.3 more servings/day at 6 months, but BMI z-scores did not change (difference 0.01, p=0.88).\nQuestion: Does a school-based fruit program reduce childhood BMI?";
const B6Q3 = "Context: In 58 patients with chronic low back pain, acupuncture improved pain scores more than sham at 4 weeks (p=0.04), but not at 12 weeks (p=0.31).\nQuestion: Is acupuncture effective for chronic low back pain?";
const B6Q4 = "Context: Among 220 ICU patients, those receiving early enteral nutrition had similar mortality (21% vs 23%) but fewer infections (18% vs 29%, p=0.04).\nQuestion: Does early enteral nutrition reduce infections in critically ill patients?";
const B6Q5 = "Context: A retrospective review of 1,532 colonoscopies found adenoma detection rates of 31% in morning and 24% in afternoon sessions (p<0.01).\nQuestion: Is colonoscopy timing associated with adenoma detection rate?";
const B6Q6 = "Context: In a case series of 12 patients, off-label use of drug X was followed by remission in 5.\nQuestion: Is drug X effective for refractory lupus nephritis?";
const B6Q7 = "Context: A meta-analysis of 14 RCTs (n=9,300) found that statins reduced major vascular events in patients with chronic kidney disease not on dialysis (RR 0.79), but not in those on dialysis (RR 0.96, CI 0.88–1.03).\nQuestion: Do statins reduce cardiovascular events in patients on dialysis?";
const B6Q8 = "Context: Women who breastfed for ≥12 months had a 26% lower risk of breast cancer in pooled cohort data, after adjustment for parity and age at first birth.\nQuestion: Is prolonged breastfeeding associated with lower breast cancer risk?";
const B6Q9 = "Context: Surgeons' self-reported fatigue scores did not correlate with complication rates in 3,100 procedures (r=0.02).\nQuestion: Is surgeon fatigue associated with higher postoperative complication rates?";
const B6Q10 = "Context: A cohort of 600 elderly patients showed hearing aid users scored higher on cognitive tests at 5 years, though users were also wealthier and more educated.\nQuestion: Do hearing aids prevent cognitive decline in older adults?";
const B6Q11 = "On the issue of whether the defendant threatened the victim, the victim's neighbor testifies that she heard the defendant shout, \"I'll kill you if you come back.\" Is there hearsay?";
const B6Q12 = "On the issue of whether the roads were icy, a police report states that \"witness Jones told the officer the roads were slick.\" Is there hearsay?";
const B6Q13 = "On the issue of whether Maria owned the painting, Maria's sister testifies that Maria said, \"I bought this painting in Paris.\" Is there hearsay?";
const B6Q14 = "On the issue of whether the parties formed a contract, a witness testifies that the seller said, \"I accept your offer of $5,000.\" Is there hearsay?";
const B6Q15 = "Clause: \"Supplier shall defend, indemnify and hold harmless Buyer from any third-party claims arising out of Supplier's breach of this Agreement.\"\nDoes the clause require a party to indemnify the other?";
const B6Q16 = "Clause: \"Each party shall bear its own costs and expenses incurred in connection with this Agreement.\"\nDoes the clause require a party to indemnify the other?";
const B6Q17 = "Clause: \"Neither party may assign this Agreement without the prior written consent of the other party, except to a successor in a merger or acquisition.\"\nDoes the clause restrict assignment?";
const B6Q18 = "Clause: \"In no event shall either party's aggregate liability exceed the fees paid under this Agreement in the twelve (12) months preceding the claim.\"\nDoes the clause cap liability?";
const B6Q19 = "Clause: \"This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware.\"\nDoes the clause specify governing law?";
const B6Q20 = "Clause: \"The parties shall keep the terms of this Agreement confidential, except as required by law.\"\nDoes the clause impose a confidentiality obligation?";
const B6Q21 = "Clause: \"This Agreement shall automatically renew for successive one-year terms unless either party gives notice of non-renewal at least 60 days before expiry.\"\nDoes the clause provide for automatic renewal?";
const B6Q22 = "A suspect, not in custody, voluntarily walks into a police station and confesses without being read Miranda warnings. Must the confession be suppressed?";
const B6Q23 = "A squatter openly occupied land for 12 years in a state with a 10-year statutory period, but the owner gave written permission in year 3. Has the squatter acquired title by adverse possession?";
const B6Q24 = "An offeree mails an acceptance on Monday; the offeror revokes by phone on Tuesday; the acceptance arrives Wednesday. Was a contract formed?";
const B6Q25 = "Is the following a rule of evidence? 'A court may take judicial notice of a fact that is not subject to reasonable dispute.'";
const B6Q26 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: just got my test results back and I PASSED!!! 🎉🎉";
const B6Q27 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: 3 hours on hold with @airline and still no refund. unbelievable.";
const B6Q28 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: The city council meets Tuesday at 7pm to discuss the new budget.";
const B6Q29 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: can't decide if I love or hate the new album tbh";
const B6Q30 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: Well, that went about as well as expected... 🙃";
const B6Q31 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: new phone arrived. setting it up now";
const B6Q32 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: I'm not unhappy with the service, I suppose.";
const B6Q33 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: This restaurant never disappoints. Never.";
const B6Q34 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: ugh monday again";
const B6Q35 = "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: Shoutout to the nurses at St. Mary's — you are heroes.";
const B6Q36 = "Premise: The museum is closed on Mondays.\nHypothesis: The museum is open every day of the week.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q37 = "Premise: A chef is slicing onions in a busy kitchen.\nHypothesis: Someone is preparing food.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q38 = "Premise: The teenager won the chess tournament.\nHypothesis: The teenager has been playing chess for ten years.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q39 = "Premise: All the guests left before midnight.\nHypothesis: Some guests stayed past midnight.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q40 = "Premise: The bridge was built in 1932.\nHypothesis: The bridge is more than 50 years old.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q41 = "Premise: Maria bought a red car.\nHypothesis: Maria owns a vehicle.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q42 = "Premise: The film received mixed reviews.\nHypothesis: Critics unanimously praised the film.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q43 = "Premise: A woman in a blue coat is waiting for the bus.\nHypothesis: The woman is going to work.\nLabel the relationship as entailment, neutral, or contradiction.";
const B6Q44 = "Premise: The museum is closed for renovation.\nHypothesis: Visitors are touring the museum today.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q45 = "Premise: A man is carrying a ladder.\nHypothesis: The man is a painter.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q46 = "Premise: Three women are jogging along the river.\nHypothesis: People are exercising.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q47 = "Premise: A toddler is splashing in a bathtub.\nHypothesis: A child is in water.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q48 = "Premise: A waiter is pouring wine.\nHypothesis: It is late at night.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q49 = "Premise: A student is writing on a whiteboard.\nHypothesis: The student is solving a math problem.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q50 = "Premise: The company reported record profits.\nHypothesis: The company laid off workers.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q51 = "Premise: A man is fixing a bicycle tire.\nHypothesis: A man is repairing something.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q52 = "Premise: The bridge was built in 2015.\nHypothesis: The bridge is over a hundred years old.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q53 = "Premise: A woman is buying vegetables at a market.\nHypothesis: The woman is a vegetarian.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q54 = "Premise: The lights in the house are all off.\nHypothesis: Someone is reading in the living room with the lamp on.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q55 = "Premise: A band is playing on a stage.\nHypothesis: Musicians are performing.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q56 = "Premise: Un niño está comiendo una manzana.\nHypothesis: Un niño está comiendo fruta.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q57 = "Premise: The road is completely dry.\nHypothesis: The road is flooded.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q58 = "Premise: A man is waiting at the airport.\nHypothesis: The man is waiting for his wife.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q59 = "Premise: A girl is painting a picture.\nHypothesis: The girl is painting for a school contest.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q60 = "Premise: Two men are shaking hands.\nHypothesis: The men just closed a business deal.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q61 = "Premise: A dog is sleeping on the porch.\nHypothesis: The dog is old.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q62 = "Premise: A surgeon is operating on a patient.\nHypothesis: A doctor is at work.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q63 = "Premise: A crowd is gathered in the square.\nHypothesis: The crowd is protesting.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q64 = "Premise: A baby is crying in a crib.\nHypothesis: The baby is hungry.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q65 = "Premise: An old man is feeding pigeons.\nHypothesis: The man is retired.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q66 = "Premise: A woman is typing on a laptop.\nHypothesis: The woman is writing an email.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q67 = "Premise: A cat is sitting on a windowsill.\nHypothesis: A dog is sitting on a windowsill.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q68 = "Premise: A teenager is skateboarding in a parking lot.\nHypothesis: The teenager is skipping school.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q69 = "Premise: A chef is chopping carrots.\nHypothesis: Someone is preparing food.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q70 = "Premise: A woman is jogging with headphones.\nHypothesis: The woman is listening to a podcast.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q71 = "Premise: The glass is full of water.\nHypothesis: The glass is empty.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q72 = "Premise: The meeting was cancelled.\nHypothesis: The meeting took place as planned.\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction.";
const B6Q73 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nLicensee shall indemnify Licensor against all losses arising from Licensee's breach of this Agreement.";
const B6Q74 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nThe Vendor agrees to indemnify the Purchaser for any claims arising from defective products.";
const B6Q75 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nNeither party's total liability under this Agreement shall exceed one million dollars ($1,000,000).";
const B6Q76 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nCustomer may terminate this Agreement for convenience at any time upon thirty (30) days' written notice.";
const B6Q77 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nIn no event shall Supplier be liable for any indirect, special or consequential damages, including lost profits.";
const B6Q78 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nEach party agrees not to disclose the other party's Confidential Information to any third party without prior written consent.";
const B6Q79 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nThis Agreement shall be governed by the laws of the Province of Ontario.";
const B6Q80 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nSeller shall not, for five years after the Closing, own or operate any business competing with the Business in the State of Texas.";
const B6Q81 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nUpon any assignment of this Agreement by Licensee without consent, Licensor may terminate immediately.";
const B6Q82 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nEach party shall keep this Agreement confidential, shall indemnify the other for breaches of this obligation, and this obligation shall be governed by New York law.";
const B6Q83 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nSubject to Section 12.3, the obligations in this Section survive for three years.";
const B6Q84 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nLicensee may not transfer, sublicense or otherwise assign any rights granted hereunder.";
const B6Q85 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nContractor warrants that all services will be performed in a professional and workmanlike manner.";
const B6Q86 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nEither party may terminate this Agreement if the other party assigns it in violation of Section 9.";
const B6Q87 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nEste Contrato se regirá e interpretará de conformidad con las leyes de España.";
const B6Q88 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nL'employé s'engage à ne pas exercer d'activité concurrente pendant un an après la fin du contrat.";
const B6Q89 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nDieser Vertrag kann von jeder Partei mit einer Frist von drei Monaten zum Monatsende gekündigt werden.";
const B6Q90 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\n员工在离职后两年内不得在与公司有竞争关系的企业任职。";
const B6Q91 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\n受領者は、開示者の書面による事前の承諾なく、秘密情報を第三者に開示してはならない。";
const B6Q92 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nSeller guarantees that the goods shall be fit for the particular purpose made known to Seller at the time of order.";
const B6Q93 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nService Provider shall indemnify and defend Client against any claim that the Services infringe a third party's intellectual property rights.";
const B6Q94 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nThe validity and interpretation of this Agreement shall be governed by the laws of Singapore.";
const B6Q95 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nThe Company's maximum aggregate liability shall be limited to the amount paid under the applicable order form.";
const B6Q96 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nDuring employment and for eighteen months thereafter, Executive shall not work for any competitor of the Company.";
const B6Q97 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nLicensee may not disclose or transfer this Agreement, or any confidential rights under it, to any third party without Licensor's consent, and any such transfer shall be void.";
const B6Q98 = "What type of clause is this? Choose from: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nManufacturer warrants the equipment against defects for a period of twenty-four (24) months.";
const B6Q99 = "Comment: You're too stupid to be editing this page.\n\nIs this comment toxic or non-toxic?";
const B6Q100 = "Comment: Could you add a source for the population figure?\n\nIs this comment toxic or non-toxic?";
const B6Q101 = "Comment: Why was my paragraph removed?\n\nIs this comment toxic or non-toxic?";
const B6Q102 = "Comment: Only a moron would write something this dumb.\n\nIs this comment toxic or non-toxic?";
const B6Q103 = "Comment: I added the missing references, hope that's okay.\n\nIs this comment toxic or non-toxic?";
const B6Q104 = "Comment: Get lost, nobody wants your garbage here, idiot.\n\nIs this comment toxic or non-toxic?";
const B6Q105 = "Comment: Thanks, I fixed the typo you pointed out.\n\nIs this comment toxic or non-toxic?";
const B6Q106 = "Comment: You are pathetic and your mother should be ashamed.\n\nIs this comment toxic or non-toxic?";
const B6Q107 = "Comment: Shut your mouth, you filthy animal.\n\nIs this comment toxic or non-toxic?";
const B6Q108 = "Comment: Well, that's certainly one way to do it.\n\nIs this comment toxic or non-toxic?";
const B6Q109 = "Comment: [content removed by moderator]\n\nIs this comment toxic or non-toxic?";
const B6Q110 = "Comment: This section needs a rewrite.\n\nIs this comment toxic or non-toxic?";
const B6Q111 = "Comment: Damn, this article is actually pretty good.\n\nIs this comment toxic or non-toxic?";
const B6Q112 = "Comment: Please see the talk page before reverting again.\n\nIs this comment toxic or non-toxic?";
const B6Q113 = "Comment: I will find where you live and make you regret this.\n\nIs this comment toxic or non-toxic?";
const B6Q114 = "Comment: Go kill yourself, loser.\n\nIs this comment toxic or non-toxic?";
const B6Q115 = "Comment: You people are subhuman trash.\n\nIs this comment toxic or non-toxic?";
const B6Q116 = "Comment: Stupid fat cow, stop posting.\n\nIs this comment toxic or non-toxic?";
const B6Q117 = "Comment: Did you even read the policy before commenting?\n\nIs this comment toxic or non-toxic?";
const B6Q118 = "Abstract: Propofol requirements did not differ between the music and silence groups (p=0.62).\n\nQuestion: Does intraoperative music reduce anesthetic requirements?\nAnswer with yes, no, or maybe.";
const B6Q119 = "Abstract: Lower diversity was observed in depressed participants, but the association was attenuated after adjusting for diet and medication.\n\nQuestion: Is gut microbiome diversity associated with depression?\nAnswer with yes, no, or maybe.";
const B6Q120 = "Abstract: The crude association (2.1 points) disappeared after adjustment for maternal IQ (0.2 points, 95% CI -0.8 to 1.2).\n\nQuestion: Is breastfeeding associated with higher IQ at age 8?\nAnswer with yes, no, or maybe.";
const B6Q121 = "Abstract: 28-day mortality was 29.3% with dexamethasone versus 41.4% with usual care.\n\nQuestion: Does dexamethasone reduce mortality in ventilated COVID-19 patients?\nAnswer with yes, no, or maybe.";
const B6Q122 = "Abstract: Quit rates were higher in the e-cigarette arm at 6 months but not at 12 months, with wide confidence intervals.\n\nQuestion: Do e-cigarettes help smokers quit?\nAnswer with yes, no, or maybe.";
const B6Q123 = "Abstract: Vaccinated women had an 88% lower incidence of invasive cervical cancer.\n\nQuestion: Is HPV vaccination associated with reduced cervical cancer incidence?\nAnswer with yes, no, or maybe.";
const B6Q124 = "Abstract: Each 10 µg/m³ increase in PM2.5 was associated with a 15% higher asthma incidence (95% CI 8-22%).\n\nQuestion: Is air pollution associated with childhood asthma?\nAnswer with yes, no, or maybe.";
const B6Q125 = "Abstract: Acupuncture was superior to no treatment but not to sham acupuncture.\n\nQuestion: Is acupuncture effective for migraine prophylaxis?\nAnswer with yes, no, or maybe.";
const B6Q126 = "Abstract: Highly active participants had a 35% lower risk of incident dementia over 20 years.\n\nQuestion: Does physical activity reduce the risk of dementia?\nAnswer with yes, no, or maybe.";
const B6Q127 = "Abstract: Prostate cancer incidence was slightly higher in the vitamin E group (HR 1.17).\n\nQuestion: Does vitamin E supplementation prevent prostate cancer?\nAnswer with yes, no, or maybe.";
const B6Q128 = "Abstract: Pain scores did not differ from placebo at 24 weeks.\n\nQuestion: Does glucosamine relieve knee osteoarthritis pain?\nAnswer with yes, no, or maybe.";
const B6Q129 = "Abstract: Cost-effectiveness estimates varied widely depending on assumptions about uptake and follow-up.\n\nQuestion: Is low-dose CT screening cost-effective in light smokers?\nAnswer with yes, no, or maybe.";
const B6Q130 = "Abstract: Studies were heterogeneous and results inconsistent.\n\nQuestion: Is remote patient monitoring associated with fewer heart failure readmissions?\nAnswer with yes, no, or maybe.";
const B6Q131 = "Abstract: Fatigue scores fell 48% with iron versus 29% with placebo (p=0.02).\n\nQuestion: Does iron supplementation improve fatigue in non-anemic women?\nAnswer with yes, no, or maybe.";
const B6Q132 = "Abstract: Diarrhea occurred in 8% vs 15% (p=0.09) in a trial of 120 children.\n\nQuestion: Is probiotic use associated with fewer antibiotic-associated diarrhea episodes in children?\nAnswer with yes, no, or maybe.";
const B6Q133 = "Abstract: Survival to discharge was 49% with hypothermia versus 26% with standard care (p<0.01).\n\nQuestion: Does therapeutic hypothermia improve survival after cardiac arrest?\nAnswer with yes, no, or maybe.";
const B6Q134 = "Abstract: Outcomes at 12 months were equivalent to sham surgery.\n\nQuestion: Does arthroscopic surgery improve outcomes in degenerative meniscal tears?\nAnswer with yes, no, or maybe.";
const B6Q135 = "Abstract: Former smokers had progressively lower risk with each year of abstinence.\n\nQuestion: Is smoking cessation associated with reduced lung cancer risk?\nAnswer with yes, no, or maybe.";
const B6Q136 = "Abstract: No significant reduction in major cardiovascular events was observed (HR 0.97, 95% CI 0.87-1.08).\n\nQuestion: Does omega-3 supplementation prevent cardiovascular events in the general population?\nAnswer with yes, no, or maybe.";
const B6Q137 = "Is the statement hearsay?\n\nIn a defamation suit, the plaintiff offers testimony that the defendant said \"The plaintiff is a thief\" to prove the statement was made.";
const B6Q138 = "Does the clause grant a license?\n\nClause: \"Company grants Distributor a limited, revocable license to use Company's trademarks solely to market the Products.\"";
const B6Q139 = "Does the clause contain a non-solicitation covenant?\n\nClause: \"This Agreement shall be governed by the laws of California.\"";
const B6Q140 = "Is the statement hearsay?\n\nA witness testifies that her brother told her, \"I feel terrible, I think I'm having a heart attack.\"";
const B6Q141 = "Is the statement hearsay?\n\nTo prove the light was red, the plaintiff offers a bystander's out-of-court statement to a police officer that \"the truck ran the red light.\"";
const B6Q142 = "Context: In a double-blind RCT of 150 patients, transfusion was required in 4% of the TXA group versus 21% of the placebo group (p=0.002).\nQuestion: Does intraoperative tranexamic acid reduce transfusion requirements in total knee arthroplasty?\nAnswer yes, no, or maybe.";
const B6Q143 = "Context: Among 2,328 NHANES participants with CKD, the highest coffee quartile had lower all-cause mortality (HR 0.76), but the trend across quartiles was not significant after adjustment for smoking (p for trend = 0.09).\nQuestion: Is coffee consumption associated with lower mortality in patients with chronic kidney disease?\nAnswer yes, no, or maybe.";
const B6Q144 = "Context: Of 1,322 post-procedure films, 11 (0.8%) showed a complication or malposition requiring intervention; all 11 had clinical signs or ultrasound findings prompting the film.\nQuestion: Does routine chest X-ray after central line placement change management?\nAnswer yes, no, or maybe.";
const B6Q145 = "Context: The PLACIDE trial randomized 2,941 inpatients aged 65+; antibiotic-associated diarrhea occurred in 10.8% with probiotics vs 10.4% with placebo.\nQuestion: Do probiotics prevent antibiotic-associated diarrhea in hospitalized elderly patients?\nAnswer yes, no, or maybe.";
const B6Q146 = "Context: Twenty residents performed simulator tasks after a night on call and after a night of rest; error scores were 34% higher post-call (p=0.01).\nQuestion: Does sleep deprivation impair surgical residents' laparoscopic performance on a simulator?\nAnswer yes, no, or maybe.";
const B6Q147 = "Context: In 180 patients with BMI > 35, Mallampati III–IV had a sensitivity of 62% and specificity of 71% for difficult laryngoscopy; neck circumference performed better.\nQuestion: Is the Mallampati score predictive of difficult intubation in obese patients?\nAnswer yes, no, or maybe.";
const B6Q148 = "Context: In a UK cohort, severe psoriasis was associated with an adjusted relative risk of MI of 3.10 in 30-year-olds, decreasing with age; mild psoriasis had a smaller but significant increase.\nQuestion: Are patients with psoriasis at higher risk of myocardial infarction?\nAnswer yes, no, or maybe.";
const B6Q149 = "Context: Quality-of-life scores were similar between nurse-led and physician-led follow-up at 12 months; patients in the nurse-led arm reported greater satisfaction.\nQuestion: Does a nurse-led follow-up clinic improve quality of life after lung cancer treatment?\nAnswer yes, no, or maybe.";
const B6Q150 = "Context: In 115 children, ultrasound by emergency physicians had sensitivity 97% and specificity 100% compared with radiography.\nQuestion: Is bedside ultrasound accurate for diagnosing pediatric forearm fractures?\nAnswer yes, no, or maybe.";
const B6Q151 = "Context: A trial of 306 pregnant smokers found validated abstinence in late pregnancy of 22.5% with vouchers versus 8.6% in controls (RR 2.63).\nQuestion: Do financial incentives increase smoking cessation rates among pregnant women?\nAnswer yes, no, or maybe.";
const B6Q152 = "Context: Mean QTc increased by 4 ms after a single oral dose (n=61); no child exceeded 460 ms. The study was not designed to detect rare arrhythmias.\nQuestion: Does ondansetron prolong the QT interval in children with gastroenteritis?\nAnswer yes, no, or maybe.";
const B6Q153 = "Context: HbA1c correlated weakly with mean glucose from CGM (r = 0.38) and systematically underestimated glycemia; glycated albumin correlated better (r = 0.71).\nQuestion: Is HbA1c a reliable marker of glycemic control in patients on hemodialysis?\nAnswer yes, no, or maybe.";
const B6Q154 = "Is the following statement hearsay? Answer Yes or No.\nOn the issue of whether the defendant's brakes were faulty, the mechanic's written report stating 'brakes worn to metal' is offered.";
const B6Q155 = "Is the following statement hearsay? Answer Yes or No.\nTo prove that the plaintiff was alive after the crash, a witness testifies that she heard the plaintiff say 'I'm alive!'";
const B6Q156 = "Is the following statement hearsay? Answer Yes or No.\nTo prove that the contract was formed, the plaintiff testifies that the defendant told him 'I accept your offer.'";
const B6Q157 = "Is the following statement hearsay? Answer Yes or No.\nTo prove the victim feared the defendant, a witness testifies that the victim said 'I'm terrified of him.'";
const B6Q158 = "Is the following statement hearsay? Answer Yes or No.\nA police officer testifies that an anonymous caller told him the getaway car was a blue sedan, offered to prove the car was blue.";
const B6Q159 = "Does the clause grant the licensee the right to sublicense?\nText: \"Licensee may not sublicense, assign or otherwise transfer any rights granted hereunder without Licensor's prior written consent.\"\nAnswer Yes or No.";
const B6Q160 = "Does the clause include an audit right?\nText: \"Upon fifteen (15) days' notice, Company may inspect and audit Supplier's books and records relating to the Products no more than once per calendar year.\"\nAnswer Yes or No.";
const B6Q161 = "Does the clause contain a most-favored-nation provision?\nText: \"If Supplier offers any other customer lower prices for substantially similar quantities, Supplier shall promptly extend such lower prices to Buyer.\"\nAnswer Yes or No.";
const B6Q162 = "Does the clause provide for liquidated damages?\nText: \"In the event of late delivery, Contractor shall pay Owner $1,500 per day of delay, which the parties agree is a reasonable estimate of Owner's damages and not a penalty.\"\nAnswer Yes or No.";
const B6Q163 = "Does the clause impose a minimum purchase commitment?\nText: \"Distributor shall use commercially reasonable efforts to promote the Products in the Territory.\"\nAnswer Yes or No.";
const B6Q164 = "Under the Fourth Amendment, is a warrantless search of a car permissible when officers have probable cause to believe it contains contraband?\nAnswer Yes or No.";
const B6Q165 = "A tenant's lease says nothing about pets. Under the general common-law rule, may the landlord evict the tenant for keeping a cat?\nAnswer Yes or No.";
const B6Q166 = "Is a promise to make a gift, without more, an enforceable contract?\nAnswer Yes or No.";
const B6Q167 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nYankees rally past Twins in 12th - Alex Rodriguez doubled home the tying run and Hideki Matsui's sacrifice fly won it in extra innings.";
const B6Q168 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nIntel delays 4 GHz Pentium 4 - The chipmaker pushed back the launch of its fastest desktop processor to next year, citing manufacturing issues.";
const B6Q169 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nIraqi interim government sets January election date - Prime Minister Ayad Allawi said national elections would go ahead as planned despite rising violence.";
const B6Q170 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nDelta posts record quarterly loss, warns of bankruptcy - The airline lost $646 million and said it may seek Chapter 11 protection if pilots reject pay cuts.";
const B6Q171 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nScientists sequence chicken genome - An international consortium has published the first draft genome of a bird, shedding light on the evolution of vertebrates.";
const B6Q172 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nSony, Samsung to share patents - The electronics giants announced a cross-licensing agreement covering 24,000 patents, excluding some key technologies.";
const B6Q173 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nOlympic committee probes doping at Athens - Two Greek sprinters who missed a drug test are under investigation by the IOC.";
const B6Q174 = "Which topic is this article about? World, Sports, Business, or Sci/Tech?\nWal-Mart September sales meet forecast - The world's largest retailer said same-store sales rose 2.9% in September.";
const B6Q175 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel like such a failure after bombing that interview\"";
const B6Q176 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"im so mad they cancelled my flight for the third time\"";
const B6Q177 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel nervous about the surgery tomorrow\"";
const B6Q178 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i was shocked to find out she had been living in paris for a year\"";
const B6Q179 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel so content sitting here with a cup of tea and a good book\"";
const B6Q180 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i adore the way my grandmother tells stories\"";
const B6Q181 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel a bit lost since moving to the new city\"";
const B6Q182 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel vengeful towards whoever keyed my car\"";
const B6Q183 = "Label the emotion of the following text (sadness, joy, love, anger, fear, or surprise).\n\"i feel weird today\"";
const B6Q184 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nEither party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the other party.";
const B6Q185 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nSeller represents and warrants that the Goods shall be free from defects in material and workmanship for a period of twelve (12) months from delivery.";
const B6Q186 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nAny dispute arising hereunder shall be governed by the laws of England and Wales, and the parties submit to the exclusive jurisdiction of the courts of London.";
const B6Q187 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nSupplier shall indemnify Customer against all losses arising from any claim that the Products infringe a third party's intellectual property rights.";
const B6Q188 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nNeither party may assign this Agreement without the other's written consent, except to a successor in a merger or sale of substantially all assets.";
const B6Q189 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nEXCEPT FOR BREACHES OF SECTION 7, EACH PARTY'S TOTAL LIABILITY SHALL NOT EXCEED ONE MILLION DOLLARS ($1,000,000).";
const B6Q190 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nThe Receiving Party shall use the Confidential Information solely to evaluate the Transaction and shall return or destroy it upon request.";
const B6Q191 = "Which type of clause is this? Options: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nDuring employment and for twelve months thereafter, Executive shall not solicit any employee of the Company to leave its employ.";

export const BATCH6: Row[] = [
  ["cue", "The answer is: yes.\n\nHR 0.76 with a CI that excludes 1 indicates a significant inverse association.", B6S1, "yes", B6Q1],
  ["no_idiom", "No significant change in BMI z-score was seen (p = 0.88), despite higher fruit intake. So: no.", B6S1, "no", B6Q2],
  ["no_idiom", "No significant difference at 12 weeks, but a short-term benefit at 4 weeks — the effect is transient and the sample is small. I'd call this maybe.", B6S1, "maybe", B6Q3],
  ["synonym", "The evidence is mixed: positive at 4 weeks, null at 12. Inconclusive → maybe.", B6S1, "maybe", B6Q3],
  ["reasoning", "Mortality didn't differ, but the question is about infections — and infections were significantly reduced (18% vs 29%). Yes.", B6S1, "yes", B6Q4],
  ["self_correction", "No difference in mortality... but wait, the question asks about infections, which did fall significantly. So my answer is yes, not no.", B6S1, "yes", B6Q4],
  ["synonym", "Yep — morning sessions had notably higher ADR.", B6S1, "yes", B6Q5],
  ["markdown", "A 12-patient uncontrolled case series can't establish efficacy.\n\n**Maybe**", B6S1, "maybe", B6Q6],
  ["refusal", "I can't determine efficacy from a case series without a control group, and I'd rather not guess.", B6S1, null, B6Q6],
  ["negation", "Not in dialysis patients — the RR of 0.96 has a CI crossing 1. The benefit is limited to non-dialysis CKD. Answer: no", B6S1, "no", B6Q7],
  ["multi_label", "Yes for CKD patients not on dialysis, no for those on dialysis.", B6S1, null, B6Q7],
  ["structured", "{\"answer\": \"YES\", \"rationale\": \"26% lower risk after adjustment\"}", B6S1, "yes", B6Q8],
  ["reasoning", "Step 1: Identify the exposure — breastfeeding ≥12 months.\nStep 2: Identify the outcome — breast cancer.\nStep 3: Effect size — 26% risk reduction, adjusted for key confounders.\nStep 4: Is it an association? Yes, it's observational but adjusted.\n\nFinal answer: yes", B6S1, "yes", B6Q8],
  ["no_idiom", "r = 0.02 is essentially no correlation. So no, fatigue wasn't associated with complications in this data.", B6S1, "no", B6Q9],
  ["no_idiom_null", "No comment.", B6S1, null, B6Q9],
  ["reasoning", "Hearing-aid users were wealthier and more educated, so the association may be confounded; and \"prevent\" implies causation, which this cohort can't show. Maybe.", B6S1, "maybe", B6Q10],
  ["hedge", "I'd say no or maybe — the design can't show prevention, but the data don't rule it out either.", B6S1, null, B6Q10],
  ["hedge_commit", "I'd lean yes, given the large, adjusted effect, though residual confounding is possible.", B6S1, "yes", B6Q8],
  ["multilingual", "Sì, il consumo abituale di caffè è associato a un rischio ridotto di diabete di tipo 2.", B6S1, "yes", B6Q1],
  ["multilingual", "Não. O programa aumentou o consumo de frutas, mas não alterou o IMC.", B6S1, "no", B6Q2],
  ["truncated_cue", "Yes. In this large retrospective review, the adenoma detection rate was significantly higher in morning sessions (31% vs 24%, p<0.01), which is consistent with prior studies attributing the decline to endoscopist fatigue and bowel prep quality deteriorating", B6S1, "yes", B6Q5, 'length'],
  ["truncated", "To evaluate this, consider that hearing loss is a known modifiable risk factor for dementia per the Lancet Commission. The cohort found higher cognitive scores among hearing aid users, but the groups differed in socioeconomic status. Whether this reflects a causal effect of amplification on", B6S1, null, B6Q10, 'length'],
  ["bare", "No. Fatigue scores showed no correlation with complications (r = 0.02).", B6S1, "no", B6Q9],
  ["verdicts", "| Label | Supported? |\n|---|---|\n| yes | ✗ |\n| no | ✗ |\n| maybe | ✓ |", B6S1, "maybe", B6Q3],
  ["negation", "The answer is not yes — the program didn't move BMI at all. It's a clear no.", B6S1, "no", B6Q2],
  ["synonym", "false — statins showed no significant benefit in the dialysis subgroup", B6S1, "no", B6Q7],
  ["debris", "<s>[INST] Answer yes, no or maybe. [/INST] yes</s>", B6S1, "yes", B6Q5],
  ["labels_quoted", "yes / no / maybe", B6S1, null, B6Q1],
  ["debris", "Maybe<end_of_turn>", B6S1, "maybe", B6Q10],
  ["synonym", "Absolutely — a hazard ratio of 0.76 with a tight CI is a robust inverse association.", B6S1, "yes", B6Q1],
  ["synonym", "Not really. The fruit program changed intake but not BMI.", B6S1, "no", B6Q2],
  ["hedge", "Hard to say either way from a 58-patient study with discordant time points; I won't commit to an answer.", B6S1, null, B6Q3],
  ["markdown", "## Reasoning\nEarly EN reduced infections significantly (p = 0.04); mortality was unchanged, but that's not what's asked.\n\n## Final Answer\n**Yes**", B6S1, "yes", B6Q4],
  ["truncated", "<think>\nThe question is about infections. 18% vs 29%, p=0.04. That's significant. So the answer is", B6S1, null, B6Q4, 'length'],
  ["question_words", "The threat is a verbal act — it's offered to show it was said, not for its truth. Not hearsay.", B6S2, "No", B6Q11],
  ["reasoning", "This is double hearsay: the police report (first level) contains Jones's statement (second level), each offered for its truth. Each layer needs an exception — so yes, there is hearsay.", B6S2, "Yes", B6Q12],
  ["no_idiom", "No doubt about it: Maria's out-of-court statement is offered to prove she bought (and therefore owns) the painting. That's hearsay.", B6S2, "Yes", B6Q13],
  ["cue", "Words of acceptance are legally operative — their significance is that they were spoken, not whether they're true. Answer: No", B6S2, "No", B6Q14],
  ["hedge", "It's hearsay, but it likely falls within the party-opponent exclusion... actually, under the FRE, statements of a party-opponent are defined as not hearsay, whereas at common law they're an exception to hearsay. So whether it's \"hearsay\" depends on which framework you use.", B6S2, null, B6Q13],
  ["cue", "Yes — \"defend, indemnify and hold harmless\" is an express indemnification obligation.", B6S2, "Yes", B6Q15],
  ["negation", "This isn't an indemnification clause, it's a standard each-party-bears-its-own-costs provision. So the answer is No.", B6S2, "No", B6Q16],
  ["cue", "Yes, assignment is restricted (consent required), subject to a carve-out for M&A successors.", B6S2, "Yes", B6Q17],
  ["structured", "{\"answer\": true, \"cap_amount\": \"fees paid in prior 12 months\"}", B6S2, "Yes", B6Q18],
  ["markdown", "- Type: limitation of liability\n- Cap: 12 months' fees\n- Mutual: yes\n\n**Does it cap liability?** Yes.", B6S2, "Yes", B6Q18],
  ["synonym", "True. Delaware law governs.", B6S2, "Yes", B6Q19],
  ["truncated", "To determine whether the clause specifies governing law, we look for language selecting a particular jurisdiction's law to govern interpretation. The phrase \"governed by and construed in accordance with the laws of\"", B6S2, null, B6Q19, 'length'],
  ["question_words", "The clause does impose confidentiality on the terms of the Agreement, with a required-by-law exception.", B6S2, "Yes", B6Q20],
  ["refusal", "I'd rather not give a yes/no on this without seeing the whole agreement; confidentiality obligations are often defined elsewhere.", B6S2, null, B6Q20],
  ["debris", "### Response:\nyes", B6S2, "Yes", B6Q21],
  ["multilingual", "Ja, der Vertrag verlängert sich automatisch um jeweils ein Jahr.", B6S2, "Yes", B6Q21],
  ["question_words", "Miranda applies only to custodial interrogation. He wasn't in custody and wasn't interrogated — he volunteered. The confession need not be suppressed.", B6S2, "No", B6Q22],
  ["self_correction", "You might think yes because no warnings were given, but volunteered statements outside custody aren't covered by Miranda. So, No.", B6S2, "No", B6Q22],
  ["question_words", "Permission defeats hostility. After year 3 the possession was permissive, so the statutory period was never satisfied with hostile possession. He has not acquired title.", B6S2, "No", B6Q23],
  ["hedge", "It turns on whether the squatter's possession remained hostile after receiving permission — jurisdictions differ on whether an unaccepted grant of permission interrupts hostility. I can't say yes or no definitively.", B6S2, null, B6Q23],
  ["cue", "Under the mailbox rule, acceptance is effective upon dispatch (Monday), before the revocation (Tuesday). Contract formed → Yes.", B6S2, "Yes", B6Q24],
  ["truncated_cue", "Yes. Under the mailbox rule, an acceptance is effective when dispatched, provided it was properly addressed and stamped. The offeror's revocation on Tuesday came too late because a revocation is effective only upon receipt, and by then", B6S2, "Yes", B6Q24, 'length'],
  ["cue", "Yes — this tracks FRE 201(b).", B6S2, "Yes", B6Q25],
  ["multilingual", "はい、これは証拠規則です（FRE 201(b)）。", B6S2, "Yes", B6Q25],
  ["reasoning", "Let's walk through the definition under FRE 801(c): hearsay is (1) a statement, (2) made out of court, (3) offered to prove the truth of the matter asserted.\n\nHere, the seller's statement \"I accept your offer of $5,000\" is (1) a statement, (2) made out of court. But (3) it is not offered to prove the truth of anything asserted — the words themselves create the contract. Statements with independent legal significance (verbal acts) fall outside the definition.\n\nSo the answer is **No**, this is not hearsay.", B6S2, "No", B6Q14],
  ["self_correction", "The answer is not \"Yes\". Maria's sister is repeating... hold on — actually Maria's statement *is* offered for its truth, and Maria is not the party here. I retract that: Yes.", B6S2, "Yes", B6Q13],
  ["hedge", "I can't say that it isn't hearsay, but I also can't say that it is without knowing who offers the report.", B6S2, null, B6Q12],
  ["verdicts", "Yes: incorrect\nNo: correct — verbal act, not offered for truth", B6S2, "No", B6Q11],
  ["refusal", "As an AI language model, I can't provide legal conclusions about whether evidence is hearsay.", B6S2, null, B6Q11],
  ["cue", "Positive! 🎉 Passing a test is great news.", B6S3, "positive", B6Q26],
  ["structured", "{\"label\": \"negative\", \"score\": 0.98}", B6S3, "negative", B6Q27],
  ["reasoning", "This is a factual announcement with no emotional language — neutral.", B6S3, "neutral", B6Q28],
  ["hedge", "The user is torn between loving and hating the album — it's genuinely ambivalent. Could be positive or negative; I can't assign one.", B6S3, null, B6Q29],
  ["hedge_commit", "Ambivalent rather than clearly positive or negative, so I'd go with neutral.", B6S3, "neutral", B6Q29],
  ["reasoning", "The upside-down smiley and \"as well as expected\" signal resigned sarcasm about a bad outcome → negative.", B6S3, "negative", B6Q30],
  ["hedge", "Hard to tell — \"as well as expected\" could be literal (neutral) or sarcastic (negative). The 🙃 suggests irony but it's not conclusive.", B6S3, null, B6Q30],
  ["bare", "neutral", B6S3, "neutral", B6Q31],
  ["negation", "\"Not unhappy\" is a double negative — mildly positive at most, hedged by \"I suppose\". It's not negative, but I wouldn't call it positive either. Neutral.", B6S3, "neutral", B6Q32],
  ["negation", "\"Never disappoints\" contains a negative word but expresses strong praise. Definitely positive, not negative.", B6S3, "positive", B6Q33],
  ["synonym", "Favorable — the tweet is praising the restaurant's consistency.", B6S3, "positive", B6Q33],
  ["cue", "Sentiment → negative (\"ugh\" expresses annoyance)", B6S3, "negative", B6Q34],
  ["truncated", "The tweet \"ugh monday again\" is short, so we rely on the interjection. \"Ugh\" typically", B6S3, null, B6Q34, 'length'],
  ["multilingual", "Sentiment : positif. L'auteur remercie les infirmières.", B6S3, "positive", B6Q35],
  ["table", "| Sentiment | Score |\n|---|---|\n| positive | 0.96 |\n| negative | 0.01 |\n| neutral | 0.03 |\n\nPredicted: **positive**", B6S3, "positive", B6Q35],
  ["hedge_commit", "Mostly negative, with a hint of humor. negative.", B6S3, "negative", B6Q27],
  ["refusal", "Without knowing what \"that\" refers to, I'm not able to classify this tweet.", B6S3, null, B6Q30],
  ["elimination", "Not positive, and too emotionally charged to be neutral. That leaves negative.", B6S3, "negative", B6Q27],
  ["debris", "POSITIVE<eos>", B6S3, "positive", B6Q26],
  ["cue", "If it's closed on Mondays, it can't be open every day. → contradiction", B6S4, "contradiction", B6Q36],
  ["reasoning", "Slicing onions is a way of preparing food, and a chef is someone. The hypothesis is necessarily true given the premise: entailment.", B6S4, "entailment", B6Q37],
  ["reasoning", "Winning a tournament doesn't tell us how long they've played. The hypothesis cannot be determined from the premise — neutral.", B6S4, "neutral", B6Q38],
  ["reasoning", "\"All left before midnight\" means no one stayed past midnight, so \"some stayed\" is false. Contradiction.", B6S4, "contradiction", B6Q39],
  ["reasoning", "Built in 1932 means it's over 90 years old as of today, so it's definitely more than 50. Entailment.", B6S4, "entailment", B6Q40],
  ["hedge", "Whether this is entailment or neutral depends on whether we take the current date into account — strictly from the premise alone, the bridge's age isn't stated.", B6S4, null, B6Q40],
  ["structured", "{\"relation\": \"ENTAILMENT\", \"explanation\": \"buying a car implies owning a vehicle\"}", B6S4, "entailment", B6Q41],
  ["self_correction", "Neutral — she might have bought it for someone else. Hmm, no: under standard NLI assumptions, buying a car implies she owns it. Entailment.", B6S4, "entailment", B6Q41],
  ["contrast", "Mixed reviews are incompatible with unanimous praise. The label is contradiction, not neutral.", B6S4, "contradiction", B6Q42],
  ["negation", "She could be going anywhere — work, shopping, home. Not entailed, not contradicted: neutral.", B6S4, "neutral", B6Q43],
  ["truncated", "Premise: a woman in a blue coat waiting for the bus. Hypothesis: she is going to work. The premise gives no information about her destination, so", B6S4, null, B6Q43, 'length'],
  ["labels_quoted", "entailment? neutral? contradiction? Honestly, I'm unsure here.", B6S4, null, B6Q38],
  ["synonym", "The hypothesis follows from the premise.", B6S4, "entailment", B6Q41, "stop", {"entailment": ["entails", "follows"], "contradiction": ["contradicts"]}],
  ["verdicts", "entailment ✗\nneutral ✗\ncontradiction ✓", B6S4, "contradiction", B6Q39],
  ["debris", "neutral [end of text]", B6S4, "neutral", B6Q38],
  ["multilingual", "答案：矛盾（contradiction）。博物馆周一闭馆，因此不可能每天开放。", B6S4, "contradiction", B6Q36],
  ["debris_chatml", "<|im_start|>assistant\ncontradiction<|im_end|>", B6S4, "contradiction", B6Q44],
  ["debris_gemma_cue", "Answer: neutral<end_of_turn>", B6S4, "neutral", B6Q45],
  ["synonym_entailed", "The hypothesis is entailed by the premise.", B6S4, "entailment", B6Q46],
  ["synonym_implies", "The premise implies the hypothesis.", B6S4, "entailment", B6Q47],
  ["self_correction", "contradiction — wait, actually no. The premise doesn't say anything about the time, so neutral.", B6S4, "neutral", B6Q48],
  ["caps_repeat", "NEUTRAL NEUTRAL NEUTRAL", B6S4, "neutral", B6Q49],
  ["hedge_torn", "Neutral? Contradiction? I'm torn.", B6S4, null, B6Q50],
  ["echo_labels", "entailment/neutral/contradiction", B6S4, null, B6Q51],
  ["verdict_list", "1. entailment: no\n2. neutral: no\n3. contradiction: yes", B6S4, "contradiction", B6Q52],
  ["verdict_marks", "entailment ✗ neutral ✓ contradiction ✗", B6S4, "neutral", B6Q53],
  ["echo_qa", "Q: Premise: The lights in the house are all off. Hypothesis: Someone is reading in the living room with the lamp on.\nA: contradiction", B6S4, "contradiction", B6Q54],
  ["repeat_truncated", "Label: entailment\nLabel: entailment\nLabel: entailment\nLabel: ent", B6S4, "entailment", B6Q55, 'length'],
  ["ml_es", "La hipótesis se deduce de la premisa: implicación.", B6S4, "entailment", B6Q56],
  ["ml_de", "Widerspruch.", B6S4, "contradiction", B6Q57],
  ["ml_zh", "中立", B6S4, "neutral", B6Q58],
  ["ml_ru", "Нейтрально.", B6S4, "neutral", B6Q59],
  ["negation_both", "It isn't a contradiction and it isn't entailment either — neutral.", B6S4, "neutral", B6Q60],
  ["negation_underdetermined", "Not a contradiction.", B6S4, null, B6Q61],
  ["structured_caps", "{\"relation\": \"ENTAILMENT\"}", B6S4, "entailment", B6Q62],
  ["structured_unclosed", "{\"label\": \"neutral\"", B6S4, "neutral", B6Q63],
  ["structured_truncated_empty", "{\"label\": \"", B6S4, null, B6Q64, 'length'],
  ["negation_elimination", "The relationship is neither entailment nor contradiction.", B6S4, "neutral", B6Q65],
  ["refusal", "I'm unable to assess this.", B6S4, null, B6Q66],
  ["truncated_discussing", "The hypothesis mentions a dog while the premise talks about a cat, which", B6S4, null, B6Q67, 'length'],
  ["fake_item", "neutral\n\nPremise: The sky is clear and blue.\nHypothesis: The weather is nice.\nAnswer: entailment", B6S4, "neutral", B6Q68],
  ["yes_word", "Yes, it follows: entailment.", B6S4, "entailment", B6Q69],
  ["no_word", "No, that does not follow, and it isn't ruled out either, so neutral.", B6S4, "neutral", B6Q70],
  ["debris_inst_both", "[/INST] Contradiction [/INST]", B6S4, "contradiction", B6Q71],
  ["synonym_verb_caps", "CONTRADICTS", B6S4, "contradiction", B6Q72],
  ["debris_cue", "Classification: indemnification<|eot_id|>", B6S5, "indemnification", B6Q73],
  ["alias_indemnity_bare", "indemnity", B6S5, "indemnification", B6Q74, "stop", {"indemnification": ["indemnity", "hold harmless"]}],
  ["alias_cap", "Liability cap", B6S5, "limitation of liability", B6Q75, "stop", {"limitation of liability": ["liability cap", "limitation on liability", "cap on liability"]}],
  ["paraphrase_termination", "This is about termination for convenience.", B6S5, "termination", B6Q76],
  ["negation_contrast", "It's not a warranty clause; it's a limitation of liability clause because it excludes indirect and consequential damages.", B6S5, "limitation of liability", B6Q77],
  ["alias_nda", "NDA / non-disclosure", B6S5, "confidentiality", B6Q78, "stop", {"confidentiality": ["non-disclosure", "NDA"]}],
  ["alias_applicable_law", "Applicable law", B6S5, "governing law", B6Q79, "stop", {"governing law": ["choice of law", "applicable law"]}],
  ["paraphrase_paren", "Restrictive covenant (non-compete)", B6S5, "non-compete", B6Q80],
  ["hedge_two", "termination or assignment? I'm not sure.", B6S5, null, B6Q81],
  ["multiple", "This clause covers confidentiality, indemnification and governing law.", B6S5, null, B6Q82],
  ["refusal_context", "I can't classify this clause without the full agreement.", B6S5, null, B6Q83],
  ["truncated_discussing", "The clause says the Licensee may not transfer its rights, which", B6S5, null, B6Q84, 'length'],
  ["structured", "{\"type\": \"warranty\"}", B6S5, "warranty", B6Q85],
  ["structured_multi", "{\"category\": [\"assignment\", \"termination\"]}", B6S5, null, B6Q86],
  ["ml_es", "Ley aplicable", B6S5, "governing law", B6Q87],
  ["ml_fr", "Clause de non-concurrence", B6S5, "non-compete", B6Q88],
  ["ml_de", "Kündigungsklausel.", B6S5, "termination", B6Q89],
  ["ml_zh", "竞业禁止条款", B6S5, "non-compete", B6Q90],
  ["ml_ja", "機密保持条項です。", B6S5, "confidentiality", B6Q91],
  ["no_word_negation", "No, this is not about assignment. The clause is a warranty: the seller guarantees the goods are fit for purpose.", B6S5, "warranty", B6Q92],
  ["contrast_not", "The answer is indemnification, not limitation of liability.", B6S5, "indemnification", B6Q93],
  ["fake_item", "Answer: governing law\n\nClassify: \"Each party shall keep the terms of this Agreement confidential.\"\nAnswer: confidentiality", B6S5, "governing law", B6Q94],
  ["debris_continue", "limitation of liability<|im_end|>\n<|im_start|>user\nand the next one?", B6S5, "limitation of liability", B6Q95],
  ["spelling_nohyphen", "non compete", B6S5, "non-compete", B6Q96, "stop", {"non-compete": ["non-competition", "restrictive covenant"]}],
  ["self_correction", "It resembles a confidentiality clause at first glance, but it's really about transferring the contract to another party... so that's assignment.", B6S5, "assignment", B6Q97],
  ["caps", "WARRANTY CLAUSE", B6S5, "warranty", B6Q98],
  ["debris_chatml", "toxic<|im_end|>", B6S6, "toxic", B6Q99],
  ["spelling_nohyphen", "Non toxic", B6S6, "non-toxic", B6Q100],
  ["negation_phrase", "Not toxic at all, just a question.", B6S6, "non-toxic", B6Q101],
  ["reasoning_cue", "This is clearly toxic: it's a personal insult.", B6S6, "toxic", B6Q102],
  ["alias_benign", "benign", B6S6, "non-toxic", B6Q103, "stop", {"toxic": ["offensive", "abusive"], "non-toxic": ["benign", "safe", "clean"]}],
  ["alias_offensive", "Offensive.", B6S6, "toxic", B6Q104, "stop", {"toxic": ["offensive", "abusive"], "non-toxic": ["benign", "safe", "clean"]}],
  ["ml_es_negation", "no es tóxico", B6S6, "non-toxic", B6Q105],
  ["ml_fr", "Toxique.", B6S6, "toxic", B6Q106],
  ["ml_ja", "有害なコメントです。", B6S6, "toxic", B6Q107],
  ["hedge_tone", "This could be toxic or not, depending on tone.", B6S6, null, B6Q108],
  ["refusal", "I'm not comfortable repeating or evaluating this content.", B6S6, null, B6Q109],
  ["echo_labels", "toxic or non-toxic?", B6S6, null, B6Q110],
  ["truncated_discussing", "The comment uses profanity, but profanity alone doesn't", B6S6, null, B6Q111, 'length'],
  ["structured_bool_false", "{\"is_toxic\": false}", B6S6, "non-toxic", B6Q112],
  ["structured_bool_true", "{\"is_toxic\": true}", B6S6, "toxic", B6Q113],
  ["no_word_trap", "It's toxic. No doubt.", B6S6, "toxic", B6Q114],
  ["question_words_yes", "Yes.", B6S6, "toxic", B6Q115],
  ["caps_repeat", "TOXIC TOXIC TOXIC", B6S6, "toxic", B6Q116],
  ["negation_wouldnt", "It might come across as rude, but I wouldn't label it toxic.", B6S6, "non-toxic", B6Q117],
  ["debris_eot", "no<|eot_id|>", B6S1, "no", B6Q118],
  ["debris_gemma", "Maybe<end_of_turn>", B6S1, "maybe", B6Q119],
  ["final_then_mentions", "The answer is no. Although the first analysis suggested yes, the adjusted model showed no effect.", B6S1, "no", B6Q120],
  ["commit_then_mentions", "Yes — although earlier studies said no, this trial shows a clear benefit.", B6S1, "yes", B6Q121],
  ["alias_unclear", "Unclear", B6S1, "maybe", B6Q122, "stop", {"maybe": ["unclear", "uncertain"]}],
  ["ml_fr", "Oui.", B6S1, "yes", B6Q123],
  ["ml_pt", "Sim, a associação foi significativa.", B6S1, "yes", B6Q124],
  ["ml_es_idk", "No lo sé.", B6S1, null, B6Q125],
  ["ml_de", "Ja", B6S1, "yes", B6Q126],
  ["ml_zh", "不是", B6S1, "no", B6Q127],
  ["ml_ko", "아니요", B6S1, "no", B6Q128],
  ["ml_it", "Forse.", B6S1, "maybe", B6Q129],
  ["refusal_guess", "I'd rather not guess.", B6S1, null, B6Q130],
  ["fake_item", "Question: Does iron supplementation improve fatigue in non-anemic women?\nAnswer: yes\nQuestion: Does caffeine improve reaction time?\nAnswer: no", B6S1, "yes", B6Q131],
  ["structured_truncated", "{\"answer\": \"maybe\", \"reasoning\": \"small sample", B6S1, "maybe", B6Q132, 'length'],
  ["truncated_therefore", "The study shows a significant reduction in mortality (p<0.01). Therefore the answer is", B6S1, null, B6Q133, 'length'],
  ["caps", "NO.", B6S1, "no", B6Q134],
  ["repeat_degenerate", "yes yes yes yes yes yes yes yes yes yes yes yes", B6S1, "yes", B6Q135],
  ["comparative", "I'd say no rather than maybe.", B6S1, "no", B6Q136],
  ["negation_because", "This is not hearsay because it is not offered for its truth.", B6S2, "No", B6Q137],
  ["question_words", "The clause does grant a license.", B6S2, "Yes", B6Q138],
  ["truefalse", "False", B6S2, "No", B6Q139],
  ["hedge_yes_and_no", "Yes and no.", B6S2, null, B6Q140],
  ["question_words_affirm", "It is hearsay.", B6S2, "Yes", B6Q141],
  ["think_cue", "<think>\nRCT, double-blind, 4% vs 21%, p=0.002. Clear reduction.\n</think>\n\nYes — TXA substantially reduced transfusions (4% vs 21%).", B6S1, "yes", B6Q142],
  ["think_vs_final", "<think>\nHR 0.76 in top quartile — lower mortality. So yes?\n\nBut p for trend 0.09 after adjusting for smoking. Not significant. Observational. So it's not clear.\n</think>\n\nThere's a suggestion of lower mortality, but the adjusted trend isn't significant, so the honest answer is **maybe**.", B6S1, "maybe", B6Q143],
  ["first_then_final", "Yes, in the sense that 11 films found something — but every one of those 11 had a clinical or ultrasound trigger, so routine films (without any indication) didn't change management. Answer: no.", B6S1, "no", B6Q144],
  ["no_word", "No surprise here given how large PLACIDE was: 10.8% vs 10.4%, essentially identical. Probiotics did not prevent AAD. The answer is no.", B6S1, "no", B6Q145],
  ["no_word", "No doubt about it — yes. The post-call error scores were 34% higher with p = 0.01.", B6S1, "yes", B6Q146],
  ["negation", "I wouldn't say it's predictive — 62% sensitivity and 71% specificity is poor discrimination, and neck circumference did better. My answer is no.", B6S1, "no", B6Q147],
  ["hedge_null", "Could be yes, could be maybe. The sensitivity and specificity are modest, so it's \"somewhat predictive\" — I don't think the data support a single clear label.", B6S1, null, B6Q147],
  ["question_words", "<think>\nRR 3.10 in young severe psoriasis, significant increase also in mild.\n</think>\nPatients with psoriasis are at higher risk of myocardial infarction, particularly young patients with severe disease.", B6S1, "yes", B6Q148],
  ["synonym", "Not really. QoL was the same; only satisfaction improved.", B6S1, "no", B6Q149, "stop", {"no": ["not really", "nope", "negative"]}],
  ["synonym", "Affirmative — 97% sensitivity and 100% specificity versus X-ray.", B6S1, "yes", B6Q150],
  ["self_correction", "Maybe — no, the effect is large and the trial randomized: 22.5% vs 8.6%, RR 2.63. I'll commit: yes.", B6S1, "yes", B6Q151],
  ["self_correction", "<think>\nQTc +4 ms, nobody > 460. Not clinically significant prolongation. No. But the question is \"does it prolong\" — technically it increased by 4 ms, which is prolongation?\n</think>\nTechnically yes (a 4 ms increase)... but that's within measurement noise and clinically meaningless, and the question is clearly about clinically relevant prolongation. Final answer: no.", B6S1, "no", B6Q152],
  ["labels_quoted", "The three choices are yes, no and maybe. HbA1c correlated weakly (r = 0.38) and underestimated glucose, so it is not reliable here → no.", B6S1, "no", B6Q153],
  ["truncated_null", "<think>\nPsoriasis and MI. UK cohort (Gelfand 2006, JAMA). Adjusted RR 3.10 at age 30 for severe psoriasis, 1.36 at age 60. Mild psoriasis RR ~1.29 at 30. So yes there is increased risk. But confounding: psoriasis patients smoke more, drink more, more obesity. The study adjusted for hypertension, diabetes, hyperlipidemia, age, sex, smoking, BMI. Residual confounding possible. Also the question asks \"higher risk\" generally — the effect attenuates with age, at 60 for mild psoriasis was it still significant? I recall", B6S1, null, B6Q148, 'length'],
  ["truncated_null", "Let me reason step by step. The cohort is NHANES, which is observational. The top quartile showed HR 0.76, which on its face suggests a protective association. However", B6S1, null, B6Q143, 'length'],
  ["truncated_after_cue", "**Answer: yes**\n\nRationale: in this cohort, ultrasound performed by emergency physicians detected 97% of fractures seen on radiographs, with no false positives. This supports its use as a radiation-free screening tool, particularly for distal forearm buckle fractures, though it may miss", B6S1, "yes", B6Q150, 'length'],
  ["refusal", "I'm not able to provide medical advice. Please consult a healthcare professional about ondansetron use in children.", B6S1, null, B6Q152],
  ["verdicts", "yes ✗ — no QoL difference\nno ✓ — primary outcome unchanged\nmaybe ✗", B6S1, "no", B6Q149],
  ["structured", "{\"final_decision\": \"yes\", \"long_answer\": \"Vouchers nearly tripled validated abstinence in late pregnancy.\"}", B6S1, "yes", B6Q151],
  ["multilingual", "<think>\nErgebnisse: kein Unterschied.\n</think>\nNein — in PLACIDE gab es keinen Unterschied (10,8 % vs. 10,4 %).", B6S1, "no", B6Q145],
  ["multilingual", "<think>\nHbA1c 与 CGM 相关性弱。\n</think>\n不可靠。答案：no", B6S1, "no", B6Q153],
  ["hedge_null", "<think>\nTricky.\n</think>\nIt's between \"maybe\" and \"no\". The point estimate favors coffee but the trend isn't significant; reasonable reviewers would split.", B6S1, null, B6Q143],
  ["think_unclosed", "<think>\nSimulator errors 34% higher after call, p=0.01, crossover within residents. Supports impairment.\n\nSo: yes", B6S1, "yes", B6Q146],
  ["cue_caps", "MAYBE. The overall association is there for severe disease in the young but not clearly for older patients with mild disease.", B6S1, "maybe", B6Q148],
  ["table", "| Criterion | Finding |\n|---|---|\n| Sensitivity | 62% |\n| Specificity | 71% |\n| Better predictor | neck circumference |\n| **Verdict** | **no** |", B6S1, "no", B6Q147],
  ["reasoning", "<think>\nMechanic's report is an out-of-court written statement (\"brakes worn to metal\") offered to prove the brakes were faulty. That's hearsay (maybe business record exception, but still hearsay).\n</think>\nIt's hearsay — a written out-of-court assertion offered for its truth. Whether the business-records exception admits it is a separate question. Yes.", B6S2, "Yes", B6Q154],
  ["negation", "The statement \"I'm alive!\" is not offered for its truth in the hearsay sense — the mere fact that the plaintiff spoke proves she was alive, regardless of the content. So it isn't hearsay.", B6S2, "No", B6Q155],
  ["question_words", "Words of acceptance are a verbal act with independent legal significance; they're not hearsay.", B6S2, "No", B6Q156],
  ["hedge_commit", "This is a statement of the declarant's then-existing state of mind offered for its truth, so technically it is hearsay (admissible under the 803(3) exception). I'd answer Yes, though some courses treat state-of-mind statements as non-hearsay.", B6S2, "Yes", B6Q157],
  ["think_cue", "<think>\nAnonymous caller's statement offered to prove the car was blue — classic hearsay. Not offered to explain the officer's conduct here; it's explicitly for the truth.\n</think>\n**Yes** — the caller's out-of-court statement is offered to prove exactly what it asserts.", B6S2, "Yes", B6Q158],
  ["contrast", "This clause prohibits sublicensing without consent rather than granting it. No.", B6S2, "No", B6Q159],
  ["synonym", "<think>\nInspect and audit books and records, once per year.\n</think>\nCorrect — it contains an audit right (once per calendar year, on 15 days' notice).", B6S2, "Yes", B6Q160, "stop", {"Yes": ["true", "correct", "affirmative"], "No": ["false", "incorrect", "negative"]}],
  ["no_word", "No question — this is a textbook MFN clause: any lower price offered to another customer must be extended to Buyer. Yes.", B6S2, "Yes", B6Q161],
  ["labels_quoted", "You asked \"Yes or No\". The clause fixes $1,500 per day and says it's a reasonable estimate, not a penalty — that's a liquidated damages clause. Yes.", B6S2, "Yes", B6Q162],
  ["negation", "An efforts clause isn't a minimum purchase commitment — there's no quantity or dollar floor. Answer: No.", B6S2, "No", B6Q163],
  ["reasoning", "<think>\nAutomobile exception: Carroll v. United States (1925), California v. Acevedo. If probable cause exists that a vehicle contains contraband, officers may search without a warrant.\n</think>\n\nUnder the automobile exception (Carroll v. United States; California v. Acevedo), police with probable cause may search a vehicle and any containers in it without a warrant because of the vehicle's mobility and reduced expectation of privacy.\n\nYes.", B6S2, "Yes", B6Q164],
  ["self_correction", "Yes, the landlord can — hmm, no. If the lease is silent, keeping a pet isn't a breach, and at common law the landlord can't evict for conduct the lease doesn't prohibit (absent nuisance or damage). No.", B6S2, "No", B6Q165],
  ["first_then_final", "It may look like a contract at first — there's a promise and an intended recipient. But a gratuitous promise lacks consideration, so it isn't enforceable (absent reliance, which the question doesn't mention). No.", B6S2, "No", B6Q166],
  ["hedge_null", "It depends on the jurisdiction and whether the lease has a \"quiet enjoyment\" or \"nuisance\" covenant; some local ordinances also restrict pets. I can't give a categorical yes or no.", B6S2, null, B6Q165],
  ["refusal", "I can't provide legal conclusions about specific evidentiary questions. An attorney licensed in your jurisdiction can advise you.", B6S2, null, B6Q158],
  ["truncated_null", "<think>\nState of mind statements: \"I'm terrified of him\" — offered to prove the victim feared the defendant. Under FRE 801, that's an assertion of her then-existing mental state offered for its truth — hearsay, but admissible under 803(3). However, some commentators classify it as circumstantial evidence of state of mind (non-hearsay) if the statement is not a direct assertion, e.g. \"he's the devil\". Here it's a direct assertion. But the question asks whether it's hearsay, and LegalBench's answer key for direct state-of-mind assertions is", B6S2, null, B6Q157, 'length'],
  ["truncated_null", "Let's look at the clause. \"Distributor shall use commercially reasonable efforts to promote the Products\" — this is an efforts obligation. A minimum purchase commitment usually specifies a quantity or dollar amount the distributor must buy in a period. Here there's no number at all, so", B6S2, null, B6Q163, 'length'],
  ["truncated_after_cue", "Answer: No.\n\nThe statement \"I accept your offer\" is a verbal act: the words themselves create legal rights (contract formation), so they are not offered to prove the truth of any assertion. Similar examples include words of a defamation, a gift, or a bribe offer, which", B6S2, "No", B6Q156, 'length'],
  ["multilingual", "<think>\nEs una cláusula de daños liquidados.\n</think>\nSí, la cláusula establece daños liquidados de 1.500 dólares por día de retraso.", B6S2, "Yes", B6Q162, "stop", {"Yes": ["Sí", "Ja", "Oui"], "No": ["Nein", "Non"]}],
  ["multilingual", "Non. Une promesse de donation sans contrepartie n'est pas un contrat exécutoire.", B6S2, "No", B6Q166],
  ["debris", "<think>\nMFN → yes\n</think>\nYes</s>", B6S2, "Yes", B6Q161],
  ["structured", "{\"label\": \"No\", \"reason\": \"Sublicensing is prohibited absent consent; no grant of sublicense rights.\"}", B6S2, "No", B6Q159],
  ["verdicts", "Out-of-court statement? ✓\nOffered for truth? ✗ (offered only to show she could speak)\n→ Not hearsay.", B6S2, "No", B6Q155],
  ["hedge_null", "Some would call it hearsay within hearsay (the report may compile a customer's statements), others a business record that's admissible — so yes or no depends on how you frame it. I'll leave both possibilities open.", B6S2, null, B6Q154],
  ["cue_lower", "<think>\nwarrantless car search w/ probable cause -> automobile exception\n</think>\nanswer: yes", B6S2, "Yes", B6Q164],
  ["think_only", "<think>\nPromise to make a gift: no consideration → unenforceable. Answer: No.\n</think>", B6S2, "No", B6Q166],
  ["think_cue", "<think>\nYankees, Twins, extra innings, Rodriguez — baseball.\n</think>\nSports", B6S7, "Sports", B6Q167],
  ["think_vs_final", "<think>\nIntel, processor delay — looks like Sci/Tech. But it's also about the company's business schedule... AG News puts chip product news under Sci/Tech typically. Hmm, or Business because of manufacturing issues.\n</think>\nThis is about a corporate product delay and its commercial impact, so I'll classify it as **Business**.", B6S7, "Business", B6Q168],
  ["contrast", "World rather than Business — it's Iraqi politics and elections.", B6S7, "World", B6Q169],
  ["no_word", "No doubt this is Business: airline losses, Chapter 11, pay cuts.", B6S7, "Business", B6Q170],
  ["synonym", "Science — genomics research.", B6S7, "Sci/Tech", B6Q171, "stop", {"Sci/Tech": ["Science", "Technology", "Sci-Tech", "Science/Technology", "Tech"]}],
  ["hedge_null", "Patent cross-licensing between electronics companies is a corporate deal (Business) about technology (Sci/Tech). I genuinely can't separate the two for this one.", B6S7, null, B6Q172],
  ["self_correction", "World — wait, it's the IOC and Olympic doping. That's Sports.", B6S7, "Sports", B6Q173],
  ["verdicts", "World – no\nSports – no\nBusiness – yes\nSci/Tech – no", B6S7, "Business", B6Q174],
  ["truncated_null", "<think>\nSony and Samsung patent sharing. In AG News, this type of story from Reuters tech feeds appears under Sci/Tech, but from business feeds under Business. The lead emphasizes \"electronics giants\" and \"cross-licensing agreement covering 24,000 patents\" — that's about intellectual property and corporate strategy. Considering the headline source", B6S7, null, B6Q172, 'length'],
  ["multilingual", "<think>\nEs sobre deporte.\n</think>\nCategoría: Deportes (Sports).", B6S7, "Sports", B6Q167],
  ["structured", "{\"topic\": \"World\", \"confidence\": 0.93}", B6S7, "World", B6Q169],
  ["ordinal", "The third category in your list — the retailer's sales figures are business news.", B6S7, "Business", B6Q174],
  ["refusal", "I'm unable to classify this text.", B6S7, null, B6Q171],
  ["cue_lower", "label -> sci/tech. genome sequencing is science.", B6S7, "Sci/Tech", B6Q171],
  ["labels_quoted", "The four topics are World, Sports, Business and Sci/Tech. Doping investigations by the IOC fall under sports coverage, even though a legal probe is involved: Sports.", B6S7, "Sports", B6Q173],
  ["truncated_after_cue", "Topic: Business\n\nReasoning: the article reports Delta's quarterly loss, potential Chapter 11 filing and labor negotiations with pilots — corporate financial news. Although airline safety or", B6S7, "Business", B6Q170, 'length'],
  ["think_cue", "<think>\n\"such a failure after bombing that interview\" — disappointment, self-blame → sadness.\n</think>\n**sadness**", B6S8, "sadness", B6Q175],
  ["cue_caps", "ANGER — \"so mad\", repeated cancellations.", B6S8, "anger", B6Q176],
  ["synonym", "The speaker is anxious about tomorrow's surgery.", B6S8, "fear", B6Q177, "stop", {"fear": ["anxiety", "anxious", "nervous", "scared", "afraid"]}],
  ["contrast", "Surprise, not fear — \"shocked to find out\" is about unexpected news, not danger.", B6S8, "surprise", B6Q178],
  ["self_correction", "Love? No — contentment with tea and a book isn't directed at a person. It's joy.", B6S8, "joy", B6Q179],
  ["hedge_commit", "Could be joy, but \"adore\" directed at the grandmother points more to love. I'll say love.", B6S8, "love", B6Q180],
  ["hedge_null", "<think>\n\"a bit lost since moving\" — could be sadness (loneliness) or fear (uncertainty).\n</think>\nIt's somewhere between sadness and fear; the text is too short to tell which.", B6S8, null, B6Q181],
  ["negation", "I wouldn't call this fear or sadness — \"vengeful\" is about wanting retaliation, so anger.", B6S8, "anger", B6Q182],
  ["none_correct", "None of the six labels really captures \"weird\" — it's a vague, unspecified feeling.", B6S8, null, B6Q183],
  ["table", "| label | score |\n|---|---|\n| sadness | 0.07 |\n| joy | 0.02 |\n| love | 0.01 |\n| anger | 0.03 |\n| fear | 0.84 |\n| surprise | 0.03 |\n\nPredicted: fear", B6S8, "fear", B6Q177],
  ["truncated_null", "<think>\n\"i feel weird today\". In the emotion dataset the word \"weird\" appears under surprise often (\"i feel weird\" → surprise?) but also under fear (\"i feel weird and anxious\"). Let me think about the construction. The dataset was built from tweets with emotion hashtags and the words like \"weird\", \"strange\", \"curious\", \"amazed\", \"funny\" map to surprise because", B6S8, null, B6Q183, 'length'],
  ["multilingual", "<think>\nTraurigkeit.\n</think>\nDie Emotion ist Traurigkeit — also sadness.", B6S8, "sadness", B6Q181],
  ["multiple_correct", "Both anger and sadness: frustration at the airline plus disappointment at the trip. Labels: anger, sadness.", B6S8, null, B6Q176],
  ["refusal", "I don't feel comfortable inferring someone's emotional state from a single sentence.", B6S8, null, B6Q180],
  ["structured", "```json\n{\"emotion\": \"surprise\"}\n```", B6S8, "surprise", B6Q178],
  ["think_only", "<think>\ncup of tea, good book, content → joy. Answer: joy\n</think>", B6S8, "joy", B6Q179],
  ["debris", "love<|im_end|>", B6S8, "love", B6Q180],
  ["think_cue", "<think>\nTerminate for convenience with 90 days' notice → termination clause.\n</think>\nThis is a **termination** clause (termination for convenience).", B6S5, "termination", B6Q184],
  ["synonym", "Product warranty (12-month defects warranty).", B6S5, "warranty", B6Q185],
  ["synonym", "<think>\nlaws of England and Wales + exclusive jurisdiction London. Governing law + forum selection.\n</think>\nChoice-of-law / jurisdiction clause.", B6S5, "governing law", B6Q186, "stop", {"governing law": ["choice of law", "applicable law", "choice-of-law"]}],
  ["negation", "This isn't a warranty clause, it's an indemnification clause: the supplier undertakes to cover the customer's losses from IP infringement claims.", B6S5, "indemnification", B6Q187],
  ["contrast", "Assignment, not termination — it restricts transfer of the agreement, with a carve-out for mergers.", B6S5, "assignment", B6Q188],
  ["verdicts", "indemnification ✗\nlimitation of liability ✓\ntermination ✗\nconfidentiality ✗\ngoverning law ✗\nnon-compete ✗\nwarranty ✗\nassignment ✗", B6S5, "limitation of liability", B6Q189],
  ["hedge_null", "It's partly confidentiality (restricted use, return or destroy) and partly a use restriction that some taxonomies would file separately. I can't choose between confidentiality and a non-listed category with any confidence.", B6S5, null, B6Q190],
  ["none_correct", "<think>\nNon-solicit of employees. Not a non-compete strictly — a non-solicitation clause. The list doesn't include non-solicit.\n</think>\nThis is a non-solicitation clause, which is not among the options. A non-solicit is not the same thing as a non-compete, so none of the listed types applies.", B6S5, null, B6Q191],
  ["self_correction", "Limitation of liability... no wait, re-reading: the clause requires the receiving party to use information only for evaluating the deal. That's confidentiality.", B6S5, "confidentiality", B6Q190],
  ["truncated_null", "<think>\n\"EXCEPT FOR BREACHES OF SECTION 7, EACH PARTY'S TOTAL LIABILITY SHALL NOT EXCEED ONE MILLION DOLLARS\". That's a liability cap. But what is Section 7? Usually confidentiality or indemnification carve-outs. The clause type is still limitation of liability, but let me consider if the grader would want indemnification because the carve-out", B6S5, null, B6Q189, 'length'],
  ["multiple_correct", "Two types apply here: limitation of liability (the $1M cap) and indemnification (the Section 7 carve-out is almost certainly the indemnity section, so the clause does double duty). Labels: limitation of liability; indemnification.", B6S5, null, B6Q189],
  ["ordinal", "Of the eight categories you listed, it's the first: indemnification.", B6S5, "indemnification", B6Q187],
  ["cue_lower", "<think>\n12-month defect coverage.\n</think>\ntype: warranty", B6S5, "warranty", B6Q185],
  ["labels_quoted", "Options given: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment. The merger carve-out is typical of an anti-assignment provision → assignment.", B6S5, "assignment", B6Q188],
  ["structured", "{\"clause_type\": \"termination\", \"sub_type\": \"for convenience\", \"notice_days\": 90}", B6S5, "termination", B6Q184],
  ["think_vs_final", "<think>\nNon-solicitation of employees during employment and 12 months after. Closest label: non-compete (restrictive covenant). Hmm.\n</think>\n\nThe closest fit among the listed types is **non-compete** — it's a post-employment restrictive covenant, even though strictly speaking it restricts solicitation rather than competition.", B6S5, "non-compete", B6Q191],
  // two of the four left out, read by batch 8's round (a table of scores by column; a label given from each of two sources)
  ["table_null", "| positive | negative | neutral |\n|---|---|---|\n| 0.34 | 0.33 | 0.33 |", B6S3, null, "What is the sentiment of the following tweet? Answer positive, negative, or neutral.\nTweet: can't decide if I love or hate the new album tbh"],
  ["split_answer", "Based on the abstract: Yes. Based on the full text: No.", B6S1, null, "Abstract: Early surgery reduced embolic events, but all-cause mortality at 6 months did not differ.\n\nQuestion: Does early surgery improve outcomes in infective endocarditis?\nAnswer with yes, no, or maybe."],
];
