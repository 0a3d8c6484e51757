/**
 * Held-out batch 5 (labels): 240 replies by three writers who saw neither the extractor nor
 * the corpora, labelled before the extractor was run on them, measured before any fix
 * (README: 28 of 240 read differently from a careful reader, 11.7%). Label sets: yes/no/maybe,
 * Yes/No legal questions, clause types, NLI, sentiment, news topics, toxicity, emotions;
 * some rows carry a suite's `aliases`.
 */
import type { Row } from './label-unseen.js';

const B5S1 = ["yes", "no", "maybe"];
const B5S2 = ["Yes", "No"];
const B5S3 = ["positive", "negative", "neutral"];
const B5S4 = ["entailment", "neutral", "contradiction"];
const B5S5 = ["indemnification", "limitation of liability", "termination", "confidentiality", "governing law", "non-compete", "warranty", "assignment"];
const B5S6 = ["toxic", "non-toxic"];
const B5S7 = ["World", "Sports", "Business", "Sci/Tech"];
const B5S8 = ["sadness", "joy", "love", "anger", "fear", "surprise"];
const B5Q1 = "Context: In a retrospective cohort of 1,204 patients undergoing hip fracture surgery, those mobilized within 24 hours had lower 30-day mortality (4.1% vs 7.9%, adjusted OR 0.56, 95% CI 0.35–0.89).\nQuestion: Does early mobilization after hip fracture surgery reduce 30-day mortality?";
const B5Q2 = "Context: Among 312 children randomized to vitamin D supplementation or placebo, the incidence of asthma exacerbations requiring oral steroids did not differ (18% vs 19%, p=0.81).\nQuestion: Does vitamin D supplementation prevent asthma exacerbations in children?";
const B5Q3 = "Context: A pilot study of 40 patients found a trend toward reduced postoperative delirium with melatonin (15% vs 30%, p=0.27). The authors call for a larger trial.\nQuestion: Does perioperative melatonin reduce postoperative delirium in elderly patients?";
const B5Q4 = "Question: Is serum procalcitonin useful for distinguishing bacterial from viral meningitis in adults?\nContext: In 96 adults with meningitis, procalcitonin >0.5 ng/mL had a sensitivity of 95% and specificity of 89% for bacterial etiology.";
const B5Q5 = "Context: Survey data from 2,100 nurses showed night-shift workers reported more sleep disturbance, but rates of depression did not differ after adjustment for confounders.\nQuestion: Is night-shift work associated with depression among nurses?";
const B5Q6 = "Context: In a cross-sectional study of 560 adolescents, daily screen time over 4 hours correlated with shorter sleep duration (r = −0.31), but causality could not be established.\nQuestion: Does excessive screen time cause sleep deprivation in adolescents?";
const B5Q7 = "Question: Is laparoscopic appendectomy associated with a shorter hospital stay than open appendectomy?\nContext: A meta-analysis of 67 RCTs found laparoscopic appendectomy reduced length of stay by 1.1 days (95% CI 0.7–1.5).";
const B5Q8 = "Context: Patients with atrial fibrillation on apixaban had similar stroke rates to those on warfarin in this registry, with fewer major bleeds (HR 0.69).\nQuestion: Is apixaban safer than warfarin with respect to major bleeding in atrial fibrillation?";
const B5Q9 = "On the issue of whether Anna was at the bank on Monday, Anna's coworker testifies that Anna told him on Tuesday, \"I went to the bank yesterday.\" Is there hearsay?";
const B5Q10 = "On the issue of whether the light was red, a witness testifies that she saw the light turn red just before the collision. Is there hearsay?";
const B5Q11 = "On the issue of whether Carl knew the car's brakes were faulty, the mechanic testifies that he told Carl, \"Your brakes are about to fail.\" Is there hearsay?";
const B5Q12 = "Clause: \"Licensor hereby grants to Licensee a non-exclusive, non-transferable right to use the Software solely for Licensee's internal business purposes during the Term.\"\nDoes the clause grant a license?";
const B5Q13 = "Clause: \"Nothing in this Agreement shall be construed as conferring any right or license under any patent, trademark, or copyright of either party.\"\nDoes the clause grant a license?";
const B5Q14 = "Clause: \"During the term of this Agreement and for two (2) years thereafter, Distributor shall not sell or promote any product that competes with the Products in the Territory.\"\nDoes the clause contain a non-compete restriction?";
const B5Q15 = "Clause: \"Company shall maintain complete and accurate records relating to the Services and shall permit Customer, upon thirty (30) days' notice, to audit such records once per calendar year.\"\nDoes the clause give a party the right to audit the other party's records?";
const B5Q16 = "Is the following statement about diversity jurisdiction true? A federal court has diversity jurisdiction over a suit between a citizen of Texas and a citizen of Oklahoma where the amount in controversy is $60,000.";
const B5Q17 = "Plaintiff, a resident of Ohio, sues to challenge a federal statute solely on the ground that it wastes taxpayer money. Does the plaintiff have standing?";
const B5Q18 = "Clause: \"Either party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the other party.\"\nDoes the clause allow a party to terminate the agreement without cause?";
const B5Q19 = "A client emails her attorney asking for advice about a pending lawsuit and copies her friend, who is not involved in the case. Is the email protected by attorney-client privilege?";
const B5Q20 = "A consumer contract contains a clause, printed in 6-point font on the back page, waiving all warranties and requiring arbitration in a foreign country. Is the arbitration clause likely unconscionable?";
const B5Q21 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: The battery life is incredible and the screen is gorgeous. Best phone I've owned.";
const B5Q22 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: Arrived two weeks late and the box was crushed. Customer service never replied.";
const B5Q23 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: The hotel was fine. Room was clean, breakfast was standard, nothing special.";
const B5Q24 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: I wanted to love this movie, but the second half drags and the ending makes no sense.";
const B5Q25 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: Not bad at all! Way better than I expected for the price.";
const B5Q26 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: The package contains 12 AA batteries.";
const B5Q27 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: Oh great, another update that breaks my printer. Just what I needed.";
const B5Q28 = "Classify the sentiment of this review as positive, negative, or neutral.\nReview: The food was amazing but the service was terrible.";
const B5Q29 = "Premise: A man is playing a guitar on stage in front of a crowd.\nHypothesis: A man is performing music.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q30 = "Premise: Two children are sleeping in a tent.\nHypothesis: The children are playing soccer.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q31 = "Premise: A woman is reading a book in a park.\nHypothesis: The woman is reading a mystery novel.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q32 = "Premise: The company reported record profits in the third quarter.\nHypothesis: The company lost money in the third quarter.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q33 = "Premise: A dog is running through the snow.\nHypothesis: An animal is outside.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q34 = "Premise: The senator voted against the bill.\nHypothesis: The senator supported the bill.\nDoes the premise entail the hypothesis, contradict it, or neither (neutral)?";
const B5Q35 = "Premise: A man is playing a guitar on stage.\nHypothesis: A man is performing music.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q36 = "Premise: A woman is reading a book in a park.\nHypothesis: The woman is reading a mystery novel.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q37 = "Premise: A man is sleeping on a couch.\nHypothesis: A man is running a marathon.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q38 = "Premise: The board held its quarterly meeting last week.\nHypothesis: The board met on Tuesday.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q39 = "Premise: El restaurante está cerrado los lunes.\nHypothesis: El restaurante abre todos los días.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q40 = "Premise: The store is completely empty.\nHypothesis: The store is crowded with shoppers.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q41 = "Premise: A family is having a picnic.\nHypothesis: It is a sunny day.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q42 = "Premise: A boy is asleep in his bed.\nHypothesis: A boy is running in the yard.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q43 = "Premise: A chef is cooking in a kitchen.\nHypothesis: A chef is cooking pasta for a wedding.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q44 = "Premise: A dog is barking at a mail carrier.\nHypothesis: The dog is friendly.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q45 = "Premise: The senator voted against the bill.\nHypothesis: The senator supports the policy.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q46 = "Premise: The train arrived early.\nHypothesis: The train was delayed by two hours.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q47 = "Premise: Children are playing outside in the snow.\nHypothesis: It is warm outside.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q48 = "Premise: A woman is slicing an onion.\nHypothesis: A woman is cutting a vegetable.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q49 = "Premise: A cyclist is riding up a steep hill.\nHypothesis: A person is on a bicycle.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q50 = "Premise: A group of people are waiting at a bus stop.\nHypothesis: The people are going to work.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q51 = "Premise: The lake is frozen solid.\nHypothesis: People are swimming in the lake.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q52 = "Premise: A pianist is playing to a full concert hall.\nHypothesis: Someone is playing an instrument.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q53 = "Premise: The store was closed all day Sunday.\nHypothesis: The store was open on Sunday afternoon.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q54 = "Premise: A man in a suit is walking quickly.\nHypothesis: The man is late for an interview.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q55 = "Premise: An elderly woman is knitting.\nHypothesis: The woman is making a scarf.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q56 = "Premise: The stadium is packed for the final game.\nHypothesis: The stadium is empty.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q57 = "Premise: A girl is eating an apple.\nHypothesis: A girl is eating fruit.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.";
const B5Q58 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.\"";
const B5Q59 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"This Agreement and any dispute arising hereunder shall be governed by the laws of England and Wales.\"";
const B5Q60 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Supplier shall defend, indemnify and hold harmless Customer from any third-party claims arising out of Supplier's negligence.\"";
const B5Q61 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"For a period of twelve (12) months following termination, Employee shall not engage in any business that competes with the Company within the Territory.\"";
const B5Q62 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"In no event shall either party's aggregate liability exceed the fees paid in the twelve months preceding the claim.\"";
const B5Q63 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Either party may terminate this Agreement upon sixty (60) days' prior written notice to the other party.\"";
const B5Q64 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Seller warrants that the Products will be free from defects in materials and workmanship for a period of one year from delivery.\"";
const B5Q65 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Except for a party's indemnification obligations, neither party shall be liable for any indirect, incidental or consequential damages.\"";
const B5Q66 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Any change of control of Licensee shall be deemed an assignment, and Licensor may terminate this Agreement upon such assignment.\"";
const B5Q67 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Neither party may assign this Agreement without the prior written consent of the other party, which shall not be unreasonably withheld.\"";
const B5Q68 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Licensor represents and warrants that the Software will perform substantially in accordance with the Documentation for ninety (90) days.\"";
const B5Q69 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Recipient shall hold all Confidential Information in strict confidence and shall not disclose it to any third party.\"";
const B5Q70 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"This Agreement shall terminate automatically if either party becomes insolvent or files for bankruptcy.\"";
const B5Q71 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"The Receiving Party shall use the Disclosing Party's proprietary information solely for the purpose of evaluating the Transaction.\"";
const B5Q72 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Contractor agrees to hold harmless the Owner from all claims, losses and expenses arising from the Work.\"";
const B5Q73 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"The Company may assign this Agreement to any affiliate without consent.\"";
const B5Q74 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Customer shall not assign or transfer any of its rights under this Agreement without Provider's written consent.\"";
const B5Q75 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Provider's total liability shall not exceed the amounts paid by Customer in the twelve (12) months prior to the event giving rise to the claim, and Provider shall not be liable for consequential damages.\"";
const B5Q76 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"Any notice under this Agreement shall be in writing and delivered to the addresses set forth above.\"";
const B5Q77 = "Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\n\nClause: \"双方同意对本协议的内容及在履行过程中获知的商业秘密严格保密。\"";
const B5Q78 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Thanks for the detailed answer, this helped a lot.\"";
const B5Q79 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"I disagree with your edit, the source you cited is from 2009.\"";
const B5Q80 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"This article is lazy and poorly researched.\"";
const B5Q81 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Can someone explain why the page was moved?\"";
const B5Q82 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Shut up, you worthless idiot.\"";
const B5Q83 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Please add a citation for this claim.\"";
const B5Q84 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Oh great, another brilliant edit from the grammar police.\"";
const B5Q85 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"You know exactly what you did.\"";
const B5Q86 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Go back to where you came from, you [slur].\"";
const B5Q87 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Nobody cares about your opinion, loser.\"";
const B5Q88 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"I hope you get hit by a bus.\"";
const B5Q89 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Welcome to the project! Let me know if you have questions.\"";
const B5Q90 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"Your edits are vandalism and you will be reported.\"";
const B5Q91 = "Is the following comment toxic? Answer toxic or non-toxic.\n\nComment: \"You are a disgusting pig and everyone hates you.\"";
const B5Q92 = "Context: In a cohort of 12,000 patients aged over 75, statin use was associated with a 22% reduction in major cardiovascular events (HR 0.78, 95% CI 0.70-0.86).\nQuestion: Do statins reduce cardiovascular events in patients over 75?\nAnswer yes, no, or maybe.";
const B5Q93 = "Context: Length of stay was 6.1 days with early mobilization vs 6.4 days with usual care (p=0.41).\nQuestion: Does early mobilization shorten hospital stay after hip surgery?\nAnswer yes, no, or maybe.";
const B5Q94 = "Context: Screening was associated with a 40% lower colorectal cancer mortality over 15 years of follow-up.\nQuestion: Does colonoscopy screening reduce colorectal cancer mortality?\nAnswer yes, no, or maybe.";
const B5Q95 = "Context: Results differed by baseline vitamin D status; benefit was seen only in deficient participants and overall estimates were imprecise.\nQuestion: Is vitamin D supplementation associated with fewer respiratory infections?\nAnswer yes, no, or maybe.";
const B5Q96 = "Context: Smokers had significantly higher rates of wound dehiscence (18% vs 6%, p<0.001).\nQuestion: Is smoking associated with delayed wound healing?\nAnswer yes, no, or maybe.";
const B5Q97 = "Context: No association was found between daily coffee intake and incident atrial fibrillation (HR 1.01).\nQuestion: Is coffee consumption associated with atrial fibrillation?\nAnswer yes, no, or maybe.";
const B5Q98 = "Context: Sleep quality scores did not differ between melatonin and placebo groups.\nQuestion: Does melatonin improve sleep quality in ICU patients?\nAnswer yes, no, or maybe.";
const B5Q99 = "Context: Anxiety scores were lower in the music group, though the study was small and unblinded.\nQuestion: Does music therapy reduce anxiety before surgery?\nAnswer yes, no, or maybe.";
const B5Q100 = "Context: HbA1c fell by 1.1 percentage points with metformin compared with placebo.\nQuestion: Does metformin lower HbA1c in newly diagnosed type 2 diabetes?\nAnswer yes, no, or maybe.";
const B5Q101 = "Context: Mean blood loss was 420 ml lower in the tranexamic acid group.\nQuestion: Does tranexamic acid reduce blood loss in knee arthroplasty?\nAnswer yes, no, or maybe.";
const B5Q102 = "Context: Wards with compliance above 80% had 35% fewer hospital-acquired infections.\nQuestion: Is hand hygiene compliance associated with lower infection rates?\nAnswer yes, no, or maybe.";
const B5Q103 = "Context: Infection rates were 1.2% with prophylaxis and 1.4% without (p=0.78).\nQuestion: Does routine antibiotic prophylaxis prevent infection after clean hand surgery?\nAnswer yes, no, or maybe.";
const B5Q104 = "Context: The primary pain score did not differ significantly, but disability and quality-of-life scores improved.\nQuestion: Does yoga improve chronic low back pain?\nAnswer yes, no, or maybe.";
const B5Q105 = "Context: Findings were inconsistent across cohorts and confidence intervals crossed 1.\nQuestion: Is red meat intake associated with type 2 diabetes in Asian populations?\nAnswer yes, no, or maybe.";
const B5Q106 = "Context: Nausea rates were similar between groups (32% vs 30%).\nQuestion: Does preoperative carbohydrate loading reduce postoperative nausea?\nAnswer yes, no, or maybe.";
const B5Q107 = "Context: The trial found no difference between homeopathic remedy and placebo.\nQuestion: Is homeopathy effective for seasonal allergies?\nAnswer yes, no, or maybe.";
const B5Q108 = "Context: Studies report conflicting results.\nQuestion: Is night-shift work associated with breast cancer?\nAnswer yes, no, or maybe.";
const B5Q109 = "Context: Uncontrolled hypertension doubled the rate of eGFR decline.\nQuestion: Is hypertension associated with chronic kidney disease progression?\nAnswer yes, no, or maybe.";
const B5Q110 = "Is the statement hearsay?\n\nAt trial, the plaintiff offers a letter from the defendant saying \"I will repay the loan next month\" to prove the defendant acknowledged the debt.";
const B5Q111 = "Is the statement hearsay?\n\nA witness testifies that she heard someone in the crowd yell \"Look out, the car is running the red light!\"";
const B5Q112 = "Does the clause grant a license?\n\nClause: \"Licensor hereby grants Licensee a non-exclusive, non-transferable license to use the Software.\"";
const B5Q113 = "Is the statement hearsay?\n\nTo explain why he called the police, a witness testifies that his neighbor told him \"There is a fire in the garage.\"";
const B5Q114 = "Context: Patients with severe periodontitis had a 1.5-fold higher risk of coronary events after adjustment.\nQuestion: Is periodontal disease associated with coronary heart disease?\nAnswer yes, no, or maybe.";
const B5Q115 = "Question: Does preoperative carbohydrate loading reduce postoperative insulin resistance in elective colorectal surgery?\nContext: In this randomized trial, 64 patients received either a carbohydrate drink or placebo 2 h before surgery. Insulin sensitivity measured by clamp on postoperative day 1 was 49% higher in the carbohydrate group (p=0.01).\nAnswer with yes, no, or maybe.";
const B5Q116 = "Question: Is vitamin D supplementation associated with fewer falls in community-dwelling adults over 70?\nContext: A cohort of 2,256 adults was followed for 3 years. Fall rates were 1.12 vs 1.09 per person-year in supplemented vs non-supplemented participants (adjusted RR 1.02, 95% CI 0.91–1.15).\nAnswer with yes, no, or maybe.";
const B5Q117 = "Question: Do night-shift nurses have higher rates of medication administration errors?\nContext: A survey of 410 nurses found a non-significant trend toward more self-reported errors on night shifts (OR 1.31, 95% CI 0.94–1.83). Observational error audits were not performed.\nAnswer with yes, no, or maybe.";
const B5Q118 = "Question: Does early mobilization after hip fracture surgery shorten length of stay?\nContext: Patients mobilized within 24 h (n=312) had a median stay of 8 days versus 11 days in those mobilized later (n=298), p<0.001, after adjustment for age and ASA score.\nAnswer with yes, no, or maybe.";
const B5Q119 = "Question: Is serum procalcitonin useful for distinguishing bacterial from viral meningitis in children?\nContext: In 198 children, procalcitonin >0.5 ng/mL had a sensitivity of 96% and specificity of 89% for bacterial meningitis, outperforming CRP and CSF leukocyte count.\nAnswer with yes, no, or maybe.";
const B5Q120 = "Question: Does chewing gum after cesarean section hasten return of bowel function?\nContext: Three small trials reported shorter time to first flatus with gum chewing, but a larger multicenter trial (n=388) found no difference (median 21 vs 22 h).\nAnswer with yes, no, or maybe.";
const B5Q121 = "Question: Are statins associated with increased risk of new-onset diabetes in older women?\nContext: In the Women's Health Initiative, statin use at baseline was associated with a 71% higher risk of incident diabetes (HR 1.71, 95% CI 1.61–1.83) after multivariable adjustment.\nAnswer with yes, no, or maybe.";
const B5Q122 = "Question: Does music therapy reduce anxiety before colonoscopy?\nContext: Sixty patients were randomized; STAI scores fell by 9.2 points with music versus 2.1 with silence (p=0.003). Sedation dose did not differ.\nAnswer with yes, no, or maybe.";
const B5Q123 = "Question: Is telemonitoring cost-effective for heart failure patients in rural areas?\nContext: The pilot enrolled 40 patients; readmissions fell from 14 to 9 but the study was not powered for cost outcomes and no economic analysis was performed.\nAnswer with yes, no, or maybe.";
const B5Q124 = "Question: Does smoking cessation before surgery reduce wound complications?\nContext: A meta-analysis of 6 RCTs found that cessation at least 4 weeks before surgery reduced wound complications (RR 0.43, 95% CI 0.26–0.72).\nAnswer with yes, no, or maybe.";
const B5Q125 = "Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nIs the following hearsay? To prove that it was raining on the day of the accident, the plaintiff offers a witness's testimony that a bystander said 'it's pouring out here.'\nAnswer Yes or No.";
const B5Q126 = "Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nIs the following hearsay? To prove the defendant knew Spanish, the prosecution offers testimony that the defendant said 'Hola, ¿cómo estás?' to a clerk.\nAnswer Yes or No.";
const B5Q127 = "Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nIs the following hearsay? To show that the landlord was on notice of the broken stair, the tenant testifies that she told the landlord 'the third step is cracked.'\nAnswer Yes or No.";
const B5Q128 = "Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nIs the following hearsay? On the issue of whether Carl was at the bar, a witness testifies that Carl's friend told her 'Carl was at Mickey's all night.'\nAnswer Yes or No.";
const B5Q129 = "Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nIs the following hearsay? To prove the car was red, a police officer testifies that he saw the car and it was red.\nAnswer Yes or No.";
const B5Q130 = "Does the clause grant a license to the counterparty?\nClause: \"Subject to the terms of this Agreement, Licensor hereby grants to Licensee a non-exclusive, non-transferable license to use the Software solely for its internal business purposes.\"\nAnswer Yes or No.";
const B5Q131 = "Does the clause contain a non-compete restriction?\nClause: \"During the Term, Distributor shall not market, sell or distribute any products that compete with the Products within the Territory.\"\nAnswer Yes or No.";
const B5Q132 = "Does the clause restrict assignment without consent?\nClause: \"This Agreement shall be binding upon and inure to the benefit of the parties and their respective successors.\"\nAnswer Yes or No.";
const B5Q133 = "Does the clause specify a cap on liability?\nClause: \"IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM.\"\nAnswer Yes or No.";
const B5Q134 = "Does the clause provide for termination for convenience?\nClause: \"Either party may terminate this Agreement upon material breach by the other party that remains uncured thirty (30) days after written notice.\"\nAnswer Yes or No.";
const B5Q135 = "Does the following contract term give the buyer a right of first refusal?\nTerm: \"If Seller receives a bona fide offer to purchase the Property, Seller shall notify Buyer, who shall have 15 days to match such offer.\"\nAnswer Yes or No.";
const B5Q136 = "Is the following statement a valid acceptance under the mirror image rule?\nOffer: sell 100 widgets at $5 each. Response: \"I accept, provided delivery is by Friday.\"\nAnswer Yes or No.";
const B5Q137 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Oil prices slip as OPEC signals output hike - Crude futures fell 2% on Tuesday after Saudi officials hinted the cartel would raise production next quarter.";
const B5Q138 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Phelps wins fifth gold in Athens - Michael Phelps claimed his fifth gold medal of the Games in the 100m butterfly, edging teammate Ian Crocker.";
const B5Q139 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: NASA's Mars rover finds evidence of ancient water - Scientists say rock layers examined by Opportunity were once soaked in liquid water.";
const B5Q140 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Sudan rejects UN deadline on Darfur - Khartoum said it would not be pressured by a 30-day ultimatum to disarm militias accused of atrocities.";
const B5Q141 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Google shares jump in market debut - Shares of the search engine company rose 18% in their first day of trading on the Nasdaq after a closely watched auction IPO.";
const B5Q142 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Microsoft patches critical flaw in Internet Explorer - The company released an emergency update for a vulnerability being exploited by attackers to install spyware.";
const B5Q143 = "Classify the news article into one of: World, Sports, Business, Sci/Tech.\nArticle: Red Sox owner eyes stake in Liverpool FC - Investors led by John Henry are in talks to buy the Premier League club, sources said, valuing it at about 300 million pounds.";
const B5Q144 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i feel so rejected by everyone at work lately";
const B5Q145 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i cant believe they actually threw me a party i had no idea";
const B5Q146 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i am feeling really irritated that the landlord still hasnt fixed the heating";
const B5Q147 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i feel so blessed to have him in my life every single day";
const B5Q148 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i was terrified walking home alone after the power went out";
const B5Q149 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i finally finished my thesis and i feel amazing";
const B5Q150 = "What emotion does this text express? Choose from: sadness, joy, love, anger, fear, surprise.\nText: i feel strange about the whole thing not sure what to make of it";
const B5Q151 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: Each party shall defend, indemnify and hold harmless the other party from any third-party claims arising out of its gross negligence or willful misconduct.";
const B5Q152 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.";
const B5Q153 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: Neither party shall be liable for any indirect, incidental, special or consequential damages, including lost profits, arising out of this Agreement.";
const B5Q154 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: Recipient shall hold the Disclosing Party's Confidential Information in strict confidence and shall not disclose it to any third party without prior written consent.";
const B5Q155 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: Vendor warrants that the Services will be performed in a professional and workmanlike manner consistent with industry standards.";
const B5Q156 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: Customer may not assign or transfer this Agreement, by operation of law or otherwise, without Vendor's prior written consent.";
const B5Q157 = "Classify the contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: For a period of two years after the Effective Date, Employee shall not engage in any business that competes with the Company within 50 miles of any Company office.";

export const BATCH5: Row[] = [
  ["cue", "**Answer: yes**\n\nEarly mobilization was associated with nearly halved odds of 30-day mortality after adjustment, with a confidence interval excluding 1.", B5S1, "yes", B5Q1],
  ["self_correction", "It looks like yes at first glance — supplementation is often recommended for asthma — but the trial found no difference in exacerbations (18% vs 19%). So the answer is no.", B5S1, "no", B5Q2],
  ["cue", "The direction of effect favors melatonin, but the result isn't statistically significant and the sample is small, so the evidence is inconclusive. I'd answer **maybe**.", B5S1, "maybe", B5Q3],
  ["no_idiom", "No question about it — with 95% sensitivity and 89% specificity, procalcitonin is clearly useful here. Yes.", B5S1, "yes", B5Q4],
  ["negation_question_words", "After adjustment for confounders, night-shift work was not associated with depression in this cohort.", B5S1, "no", B5Q5],
  ["cue", "The study is cross-sectional, so it shows a correlation, not causation. The question asks whether screen time *causes* sleep deprivation, which this design cannot establish.\n\nFinal answer: maybe", B5S1, "maybe", B5Q6],
  ["hedge", "Based on this, it's either yes or maybe — the correlation is moderate, but causality isn't established. Hard to say which.", B5S1, null, B5Q6],
  ["structured", "{\"final_decision\": \"yes\", \"long_answer\": \"The meta-analysis shows a consistent reduction in length of stay of about one day.\"}", B5S1, "yes", B5Q7],
  ["synonym", "True — apixaban was associated with significantly fewer major bleeds (HR 0.69).", B5S1, "yes", B5Q8],
  ["verdicts", "yes: ✗\nno: ✓\nmaybe: ✗\n\nThe RCT showed no benefit of vitamin D on exacerbations.", B5S1, "no", B5Q2],
  ["refusal", "I can't say yes or no to this without the full paper — the abstract alone doesn't tell me enough about the study population.", B5S1, null, B5Q5],
  ["synonym", "Possibly. The point estimate suggests benefit, but a p of 0.27 in 40 patients can't rule out chance.", B5S1, "maybe", B5Q3],
  ["bare", "YES", B5S1, "yes", B5Q7],
  ["truncated", "To answer this, we need to consider the study design and the magnitude of effect. The registry compared apixaban and warfarin in patients with atrial fibrillation. Registries are observational, so confounding by indication is possible: clinicians may preferentially prescribe apixaban to patients at higher", B5S1, null, B5Q8, 'length'],
  ["truncated_cue", "Answer: yes. The hazard ratio of 0.69 for major bleeding indicates a 31% relative reduction compared with warfarin, consistent with the ARISTOTLE trial, which demonstrated reduced major bleeding and intracranial hemorr", B5S1, "yes", B5Q8, 'length'],
  ["multilingual", "Sí. La movilización temprana redujo la mortalidad a 30 días de forma significativa.", B5S1, "yes", B5Q1],
  ["self_correction", "My initial read was maybe, since observational data can be confounded. But the question is specifically about the association after adjustment, and the adjusted analysis found none. Revised answer: no.", B5S1, "no", B5Q5],
  ["labels_quoted", "You asked me to respond with yes, no, or maybe.\n\nThe data show a 1.1-day reduction in length of stay with a tight confidence interval from 67 RCTs, which is strong evidence.\n\nMy answer: yes", B5S1, "yes", B5Q7],
  ["no_answer", "There isn't enough information in the abstract to decide. I'd need the full methods section.", B5S1, null, B5Q3],
  ["markdown", "### Summary of evidence\n- Design: randomized, placebo-controlled\n- Outcome: exacerbations requiring oral steroids\n- Result: 18% vs 19%, p = 0.81\n\n### Verdict\nThe intervention did **not** reduce exacerbations. → **No**", B5S1, "no", B5Q2],
  ["negation", "I wouldn't call this established — the trend is promising but underpowered. So, maybe.", B5S1, "maybe", B5Q3],
  ["multilingual", "Nein – die Studie zeigte keinen Unterschied zwischen Vitamin D und Placebo.", B5S1, "no", B5Q2],
  ["debris", "no</s>", B5S1, "no", B5Q5],
  ["multi_label", "Yes and no: procalcitonin is useful as a rule-out test, but its specificity isn't high enough to rule in bacterial meningitis on its own.", B5S1, null, B5Q4],
  ["reasoning", "The evidence supports a yes: the effect size is large and the CI excludes the null.", B5S1, "yes", B5Q1],
  ["synonym", "False. Correlation in a cross-sectional sample does not establish that screen time causes sleep loss.", B5S1, "no", B5Q6],
  ["debris", "maybe<|eot_id|><|start_header_id|>user<|end_header_id|>", B5S1, "maybe", B5Q6],
  ["no_answer", "   ", B5S1, null, B5Q4],
  ["question_words", "This is hearsay. Anna's statement was made out of court and is offered to prove the truth of the matter asserted — that she went to the bank.", B5S2, "Yes", B5Q9],
  ["negation_question_words", "It is not hearsay. The witness is testifying to her own observation of the light, not repeating an out-of-court statement.", B5S2, "No", B5Q10],
  ["reasoning", "The mechanic's statement is offered not to prove that the brakes were about to fail, but to show that Carl was on notice (effect on the listener). Because it isn't offered for its truth, it's not hearsay.\n\n**No**", B5S2, "No", B5Q11],
  ["no_idiom", "No doubt this is a license grant: the clause uses the operative words \"hereby grants\" and specifies scope and duration. Answer: Yes.", B5S2, "Yes", B5Q12],
  ["reasoning", "This clause is the opposite of a license grant — it's a disclaimer of implied licenses. So the answer is No.", B5S2, "No", B5Q13],
  ["self_correction", "One might say yes because the clause mentions a \"license\", but it expressly negates any license. Answer: No.", B5S2, "No", B5Q13],
  ["markdown", "## Analysis\nThe clause restricts the distributor from selling competing products both during the term and for two years after, within a defined Territory. That is a classic post-term non-competition covenant.\n\n## Answer\nYes, the clause contains a non-compete restriction.", B5S2, "Yes", B5Q14],
  ["lowercase", "yes - annual audit right on 30 days notice", B5S2, "Yes", B5Q15],
  ["synonym", "Citizenship is diverse (TX vs OK) and $60,000 is less than the $75,000 threshold... so the amount in controversy requirement is not met. The statement is false → No.", B5S2, "No", B5Q16],
  ["truncated", "Under 28 U.S.C. § 1332, diversity jurisdiction requires complete diversity of citizenship and an amount in controversy exceeding $75,000, exclusive of interest and costs. Here, the parties are citizens of different states, satisfying the first requirement. Turning to the amount in controversy, the claim is for", B5S2, null, B5Q16, 'length'],
  ["question_words", "Generalized taxpayer grievances don't establish an injury in fact (Frothingham v. Mellon). The plaintiff lacks standing.", B5S2, "No", B5Q17],
  ["hedge", "It depends. Generally taxpayer standing is barred, but under Flast v. Cohen there's a narrow exception for Establishment Clause challenges to congressional spending. Without knowing the constitutional basis of the claim, I can't give a yes or no.", B5S2, null, B5Q17],
  ["cue", "Yes — \"for convenience\" means without cause; 90 days' notice is the only condition.", B5S2, "Yes", B5Q18],
  ["hedge_commit", "Attorney-client privilege requires the communication to be made in confidence. By copying a third party with no role in the legal matter, the client likely destroyed confidentiality, waiving the privilege.\n\nSo: no, the email is probably not privileged.", B5S2, "No", B5Q19],
  ["refusal", "I'm not able to give legal advice about whether your specific communications are privileged. Please consult a licensed attorney in your jurisdiction.", B5S2, null, B5Q19],
  ["hedge_commit", "Likely yes. The clause is both procedurally unconscionable (hidden in tiny print on a contract of adhesion) and substantively unconscionable (forcing arbitration abroad).", B5S2, "Yes", B5Q20],
  ["structured", "{\"hearsay\": false, \"explanation\": \"Testimony about a personal perception of the light, not an out-of-court statement.\"}", B5S2, "No", B5Q10],
  ["structured", "```json\n{\"label\": \"Yes\", \"rule\": \"FRE 801(c)\"}\n```", B5S2, "Yes", B5Q9],
  ["verdicts", "Yes — ✗\nNo — ✓", B5S2, "No", B5Q13],
  ["multi_label", "Yes/No", B5S2, null, B5Q15],
  ["multilingual", "Oui, la clause accorde une licence non exclusive d'utilisation du logiciel.", B5S2, "Yes", B5Q12],
  ["self_correction", "This isn't a non-compete, it's an exclusivity obligation tied to the distribution relationship... actually, on reflection, because it survives two years after termination, it does function as a non-compete. Yes.", B5S2, "Yes", B5Q14],
  ["truncated_cue", "No. The statement is offered to show its effect on Carl — that he had notice of the defect — rather than the truth of the matter asserted. Under FRE 801(c), a statement is hearsay only if offered to prove the truth of", B5S2, "No", B5Q11, 'length'],
  ["debris", "[/INST] Yes", B5S2, "Yes", B5Q18],
  ["cue", "**Sentiment: Positive** 😊\n\nThe reviewer praises both battery life and screen, and calls it the best phone they've owned.", B5S3, "positive", B5Q21],
  ["reasoning", "Late delivery, damaged packaging, and unresponsive support — every point raised is a complaint. This is clearly negative.", B5S3, "negative", B5Q22],
  ["labels_quoted", "Mixed-to-flat: \"fine\", \"standard\", \"nothing special\". No strong praise or complaint, so I'd label it neutral.", B5S3, "neutral", B5Q23],
  ["self_correction", "Starts positive (\"I wanted to love this movie\") but that's a setup for disappointment: the rest criticizes pacing and the ending. Overall: negative.", B5S3, "negative", B5Q24],
  ["negation", "\"Not bad at all\" is a litotes — it expresses approval, reinforced by \"way better than I expected\". Label: positive.", B5S3, "positive", B5Q25],
  ["bare", "Neutral (purely factual statement).", B5S3, "neutral", B5Q26],
  ["reasoning", "The \"Oh great\" and \"Just what I needed\" are sarcastic — the reviewer is annoyed that the update broke their printer. Sentiment: negative", B5S3, "negative", B5Q27],
  ["hedge", "This review is mixed — strongly positive about the food and strongly negative about the service. It doesn't fit cleanly into positive or negative.", B5S3, null, B5Q28],
  ["hedge_commit", "Mixed review: positive on food, negative on service. Since the two cancel out, I'll classify it as **neutral**.", B5S3, "neutral", B5Q28],
  ["structured", "{\"sentiment\": \"NEGATIVE\", \"confidence\": 0.97}", B5S3, "negative", B5Q22],
  ["no_idiom", "No complaints here at all — the reviewer loves the phone. Positive.", B5S3, "positive", B5Q21],
  ["truncated", "Let me analyze the review carefully. The phrase \"Oh great\" on its own would typically signal positive sentiment, and \"Just what I needed\" would normally indicate satisfaction. However, in context", B5S3, null, B5Q27, 'length'],
  ["bare", "👍 positive", B5S3, "positive", B5Q25],
  ["multilingual", "Sentimiento: negativo. El cliente se queja del retraso y del mal servicio.", B5S3, "negative", B5Q22],
  ["refusal", "I'm sorry, I can't classify this text.", B5S3, null, B5Q26],
  ["table", "| Aspect | Polarity |\n|---|---|\n| Pacing | negative |\n| Ending | negative |\n| Expectation | positive (unmet) |\n\n**Overall sentiment: negative**", B5S3, "negative", B5Q24],
  ["cue", "Playing guitar on stage in front of a crowd is a form of performing music, so the hypothesis follows from the premise. → **entailment**", B5S4, "entailment", B5Q29],
  ["cue", "The children can't be both sleeping in a tent and playing soccer at the same time. Label: contradiction", B5S4, "contradiction", B5Q30],
  ["reasoning", "The premise doesn't specify what kind of book she's reading, so the hypothesis could be true or false. Neutral.", B5S4, "neutral", B5Q31],
  ["synonym", "Record profits means the company made money, so \"lost money\" directly contradicts the premise.", B5S4, "contradiction", B5Q32, "stop", {"contradiction": ["contradicts", "contradictory"], "entailment": ["entails", "entailed"]}],
  ["synonym", "Yes, the premise entails the hypothesis: a dog is an animal, and running through snow means it's outside.", B5S4, "entailment", B5Q33, "stop", {"entailment": ["entails", "entailed"], "contradiction": ["contradicts"]}],
  ["negation", "I wouldn't call this a contradiction in the strict sense — a senator could support parts of a bill and still vote against it... Hmm, but \"supported the bill\" most naturally means voted for it. On balance: contradiction.", B5S4, "contradiction", B5Q34],
  ["hedge", "It's either entailment or neutral depending on whether performing requires an audience; the premise mentions a crowd, but \"performing\" is vague. I'll leave it open.", B5S4, null, B5Q29],
  ["truncated", "Options: entailment / neutral / contradiction.\n\nStep 1: Identify what the premise asserts — a woman, reading, a book, in a park.\nStep 2: Identify what the hypothesis adds — the book is a mystery novel.\nStep 3: Check whether", B5S4, null, B5Q31, 'length'],
  ["structured", "{\"prediction\": 2, \"label_name\": \"contradiction\"}", B5S4, "contradiction", B5Q30],
  ["no_answer", "Before I label this: does \"neutral\" in your scheme mean the hypothesis is unrelated, or only that it can't be determined from the premise? Let me know and I'll classify it.", B5S4, null, B5Q31],
  ["truncated_cue", "Contradiction. The premise states that the senator voted against the bill, which is incompatible with the hypothesis that the senator supported it, assuming \"supported\" refers to", B5S4, "contradiction", B5Q34, 'length'],
  ["debris", "<|assistant|>\nneutral<|end|>", B5S4, "neutral", B5Q31],
  ["debris_eot", "entailment<|eot_id|>", B5S4, "entailment", B5Q35],
  ["debris_eos", "Neutral</s>", B5S4, "neutral", B5Q36],
  ["reasoning_cue", "The premise says the man is sleeping, the hypothesis says he is running. These cannot both be true, so: contradiction.", B5S4, "contradiction", B5Q37],
  ["first_then_final", "It looks like entailment at first, but the premise never says the meeting happened on Tuesday, so the answer is neutral.", B5S4, "neutral", B5Q38],
  ["ml_es", "Relación: contradicción", B5S4, "contradiction", B5Q39],
  ["ml_fr", "La relation est une contradiction : la prémisse dit que le magasin est vide.", B5S4, "contradiction", B5Q40],
  ["ml_de", "Das ist neutral – die Prämisse sagt nichts über das Wetter.", B5S4, "neutral", B5Q41],
  ["ml_zh", "答案是矛盾。前提说他在睡觉，假设说他在跑步。", B5S4, "contradiction", B5Q42],
  ["negation_wouldnt", "I wouldn't call it entailment; the hypothesis adds information not in the premise. Neutral.", B5S4, "neutral", B5Q43],
  ["negation_underdetermined", "not entailment", B5S4, null, B5Q44],
  ["hedge_two", "Either neutral or contradiction, hard to say.", B5S4, null, B5Q45],
  ["structured", "{\"label\": \"contradiction\", \"score\": 0.88}", B5S4, "contradiction", B5Q46],
  ["structured_truncated", "{\"premise_analysis\": \"The premise states that the children are playing outside in the snow, which implies cold weather, while the hypo", B5S4, null, B5Q47, 'length'],
  ["echo_qa", "Q: Premise: A woman is slicing an onion. Hypothesis: A woman is cutting a vegetable.\nA: entailment", B5S4, "entailment", B5Q48],
  ["echo_labels", "entailment, neutral, or contradiction? The hypothesis follows directly from the premise, so entailment.", B5S4, "entailment", B5Q49],
  ["fake_item", "Label: neutral\n\nPremise: A dog runs on the beach.\nHypothesis: An animal is outdoors.\nLabel: entailment", B5S4, "neutral", B5Q50],
  ["typo", "contradicton", B5S4, "contradiction", B5Q51],
  ["repeat", "The answer is: Entailment.\nThe answer is: Entailment.\nThe answer is: Entailment.", B5S4, "entailment", B5Q52],
  ["no_word_trap", "No, the hypothesis does not follow. It's contradicted: the premise says the store was closed all day.", B5S4, "contradiction", B5Q53],
  ["debris_inst", "[/INST] neutral", B5S4, "neutral", B5Q54],
  ["refusal", "I cannot determine the relationship between these sentences.", B5S4, null, B5Q55],
  ["truncated_reasoning", "Step 1: The premise describes a crowded stadium during a game.\nStep 2: The hypothesis claims the stadium is empty.\nStep 3: Therefore the relationship is", B5S4, null, B5Q56, 'length'],
  ["synonym_verb", "Entails.", B5S4, "entailment", B5Q57],
  ["debris_chatml", "This is a governing law clause.<|im_end|>", B5S5, "governing law", B5Q58],
  ["alias", "Choice of law provision.", B5S5, "governing law", B5Q59, "stop", {"governing law": ["choice of law", "applicable law"]}],
  ["alias_indemnity", "Indemnity clause — the supplier holds the customer harmless against third-party claims.", B5S5, "indemnification", B5Q60, "stop", {"indemnification": ["indemnity", "hold harmless"]}],
  ["negation_contrast", "This isn't a confidentiality clause, it's a non-compete clause: it restricts the employee from working for competitors for 12 months.", B5S5, "non-compete", B5Q61],
  ["typo", "Limitation of Liabilty", B5S5, "limitation of liability", B5Q62],
  ["ml_es", "Es una cláusula de terminación (rescisión) del contrato.", B5S5, "termination", B5Q63],
  ["ml_de", "Das ist eine Gewährleistungsklausel.", B5S5, "warranty", B5Q64],
  ["multiple", "It's mostly a limitation of liability clause, but it also has indemnification language. Hmm, I'd say both.", B5S5, null, B5Q65],
  ["hedge_two", "This clause could be either assignment or termination.", B5S5, null, B5Q66],
  ["structured", "{\"clause_type\": \"Assignment\", \"confidence\": \"high\"}", B5S5, "assignment", B5Q67],
  ["debris_eos", "warranty</s>", B5S5, "warranty", B5Q68],
  ["no_word_trap", "No question about it, this is a confidentiality clause.", B5S5, "confidentiality", B5Q69],
  ["repeat", "termination\ntermination\ntermination\ntermination", B5S5, "termination", B5Q70],
  ["fake_item", "Clause type: confidentiality\n\nClassify the following contract clause: \"Either party may terminate this Agreement upon thirty days written notice.\"\nClause type: termination", B5S5, "confidentiality", B5Q71],
  ["alias_hold_harmless", "### Response:\nThe clause is a **hold harmless** provision.", B5S5, "indemnification", B5Q72, "stop", {"indemnification": ["indemnity", "hold harmless"]}],
  ["refusal", "I'm not a lawyer and can't provide legal advice about contract terms.", B5S5, null, B5Q73],
  ["truncated_discussing", "Looking at the clause, it mentions 'shall not assign or transfer', which is typical of an", B5S5, null, B5Q74, 'length'],
  ["reasoning_cue", "The clause caps damages at the fees paid in the prior 12 months and excludes consequential damages — classic cap on liability. Answer: limitation of liability", B5S5, "limitation of liability", B5Q75],
  ["negation_only", "It is not an assignment clause.", B5S5, null, B5Q76],
  ["ml_zh", "这是一个保密条款。", B5S5, "confidentiality", B5Q77],
  ["debris_eot", "non-toxic<|eot_id|>", B5S6, "non-toxic", B5Q78],
  ["negation_phrase", "This comment is not toxic.", B5S6, "non-toxic", B5Q79],
  ["negation_wouldnt", "I wouldn't call it toxic, it's just blunt criticism of the article.", B5S6, "non-toxic", B5Q80],
  ["caps_not", "NOT TOXIC", B5S6, "non-toxic", B5Q81],
  ["ml_es", "Tóxico.", B5S6, "toxic", B5Q82],
  ["ml_de", "Nicht toxisch.", B5S6, "non-toxic", B5Q83],
  ["self_correction", "It's toxic? No — on reflection it's sarcastic but not abusive. Non-toxic.", B5S6, "non-toxic", B5Q84],
  ["hedge_context", "I can't say whether it's toxic or not without more context.", B5S6, null, B5Q85],
  ["truncated_discussing", "The comment contains a slur directed at", B5S6, null, B5Q86, 'length'],
  ["structured", "{\"toxicity\": \"toxic\"}", B5S6, "toxic", B5Q87],
  ["question_words_yes", "Yes, it is toxic.", B5S6, "toxic", B5Q88],
  ["question_words_no", "No.", B5S6, "non-toxic", B5Q89],
  ["echo_labels_only", "toxic / non-toxic", B5S6, null, B5Q90],
  ["ml_it", "Tossico.", B5S6, "toxic", B5Q91],
  ["debris_eos", "yes</s>", B5S1, "yes", B5Q92],
  ["first_then_final", "It looks like yes at first, but the answer is no: the difference was not statistically significant.", B5S1, "no", B5Q93],
  ["no_word_trap", "No question about it — yes, the screening program lowered mortality in this population.", B5S1, "yes", B5Q94],
  ["synonym_possibly", "Possibly", B5S1, "maybe", B5Q95],
  ["ml_es", "Sí.", B5S1, "yes", B5Q96],
  ["ml_de", "Nein, die Studie zeigt keinen Zusammenhang.", B5S1, "no", B5Q97],
  ["ml_fr", "Non, l'étude ne montre pas d'effet significatif.", B5S1, "no", B5Q98],
  ["hedge_list", "either yes or maybe", B5S1, null, B5Q99],
  ["fake_item", "The answer is yes.\n\nQuestion: Does aspirin reduce the risk of colorectal cancer?\nAnswer: maybe", B5S1, "yes", B5Q100],
  ["echo_qa", "Q: Does tranexamic acid reduce blood loss in knee arthroplasty?\nA: yes", B5S1, "yes", B5Q101],
  ["caps_repeat", "YES YES YES", B5S1, "yes", B5Q102],
  ["truncated_after_cue", "Answer: no. Explanation: in the randomized trial, patients receiving the interven", B5S1, "no", B5Q103, 'length'],
  ["truncated_mixed", "The results were mixed: the primary endpoint was not significant but secondary endpoints improved, so", B5S1, null, B5Q104, 'length'],
  ["reasoning_maybe", "The evidence is inconclusive, so I'd answer maybe.", B5S1, "maybe", B5Q105],
  ["structured_pubmed", "{\"final_decision\": \"no\"}", B5S1, "no", B5Q106],
  ["refusal_nocomment", "No comment.", B5S1, null, B5Q107],
  ["ml_ru_idk", "Не знаю.", B5S1, null, B5Q108],
  ["ml_ru_yes", "Да, связь подтверждена.", B5S1, "yes", B5Q109],
  ["question_words_negation", "It is not hearsay.", B5S2, "No", B5Q110],
  ["hedge_cant_say", "I can't say yes or no.", B5S2, null, B5Q111],
  ["truefalse", "True", B5S2, "Yes", B5Q112],
  ["explanation_no", "No, the statement is offered for its effect on the listener, not for its truth.", B5S2, "No", B5Q113],
  ["ml_ko", "예, 연관성이 있습니다.", B5S1, "yes", B5Q114],
  ["think_cue", "<think>\nThe trial is randomized, n=64, clamp-measured insulin sensitivity 49% higher with carbohydrate loading, p=0.01. That's a direct measurement of insulin resistance, favoring reduction. Sample is small but the result is significant and the design is appropriate.\n</think>\n\n**Final answer: yes**\n\nCarbohydrate loading improved postoperative insulin sensitivity (i.e., reduced insulin resistance) in this RCT.", B5S1, "yes", B5Q115],
  ["first_then_final", "It looks like yes at first — supplementation is widely believed to prevent falls — but the data here show essentially identical fall rates (RR 1.02, CI crossing 1). So the answer is no.", B5S1, "no", B5Q116],
  ["synonym", "<think>\nOR 1.31 with CI 0.94–1.83: trend, not significant. Self-report only. Can't conclude.\n</think>\nPossibly — there is a non-significant trend, and the evidence is self-reported, so it can't be confirmed either way.", B5S1, "maybe", B5Q117],
  ["no_word", "No question about it: early mobilization was associated with a 3-day shorter median stay after adjustment (p<0.001). Yes.", B5S1, "yes", B5Q118],
  ["hedge_null", "Either yes or maybe — the diagnostic accuracy is high, but it's a single-center study of 198 children and I'm not sure whether \"useful\" means clinically adopted.", B5S1, null, B5Q119],
  ["self_correction", "<think>\nThree small trials positive... so yes? But the large multicenter trial found no difference. The larger trial should carry more weight. Conflicting though.\n</think>\nYes — no, wait. The largest and best-powered trial found no difference (21 vs 22 h), and the positive results come from small trials. The overall evidence is conflicting, so I'd answer maybe.", B5S1, "maybe", B5Q120],
  ["labels_quoted", "You asked me to answer with \"yes\", \"no\", or \"maybe\". Based on the WHI data (HR 1.71, tight CI, multivariable adjustment), my answer: yes.", B5S1, "yes", B5Q121],
  ["synonym", "<think>\nSTAI fell 9.2 vs 2.1, p=0.003. Randomized. That supports the claim.\n</think>\nTrue — music reduced pre-procedure anxiety scores in this randomized study.", B5S1, "yes", B5Q122],
  ["refusal", "I can't say yes or no on this one. The pilot didn't include any economic analysis, so cost-effectiveness simply wasn't studied.", B5S1, null, B5Q123],
  ["truncated_null", "<think>\nMeta-analysis of 6 RCTs, RR 0.43 with CI 0.26–0.72. That's a significant reduction. But wait, the question asks about \"smoking cessation before surgery\" in general, while the data are restricted to cessation at least 4 weeks prior. Shorter cessation periods might not have the same effect; some older studies even suggested a paradoxical increase in pulmonary complications with very recent cessation, though that was later refuted. So the answer depends on whether the question", B5S1, null, B5Q124, 'length'],
  ["truncated_after_cue", "**Answer: yes**\n\nExplanation: A meta-analysis of six randomized trials showed a 57% relative reduction in wound complications when patients stopped smoking at least four weeks before surgery (RR 0.43). This is high-quality evidence. Note, however, that the effect of shorter cessation intervals is less clear, and the included trials were heterogeneous in", B5S1, "yes", B5Q124, 'length'],
  ["think_vs_final", "<think>\nFall rates 1.12 vs 1.09. RR 1.02 CI 0.91–1.15. No association. So \"no\".\n\nHmm, but absence of evidence... the question asks \"is it associated\" — observational, no association found. Could be maybe because cohort not randomized? The question is about association, not causation. The data show no association.\n</think>\n\nGiven that this is observational and supplementation wasn't randomized, the honest answer is maybe — confounding could mask a true effect.", B5S1, "maybe", B5Q116],
  ["multilingual", "<think>\nEstudio aleatorizado, reducción significativa de ansiedad.\n</think>\nSí. La musicoterapia redujo la ansiedad de forma significativa (p=0,003).", B5S1, "yes", B5Q122],
  ["structured", "```json\n{\"decision\": \"no\", \"evidence_strength\": \"moderate\", \"note\": \"no significant association found (RR 1.02)\"}\n```", B5S1, "no", B5Q116],
  ["question_words", "<think>\nThe WHI analysis shows HR 1.71.\n</think>\nStatin use is associated with an increased risk of new-onset diabetes in older women, based on the WHI cohort.", B5S1, "yes", B5Q121],
  ["no_word", "No doubt the direction favors procalcitonin, but with a single study I wouldn't go beyond maybe. Final: maybe.", B5S1, "maybe", B5Q119],
  ["verdicts", "yes — ✗ (trend not significant)\nno — ✗ (CI includes meaningful harm)\nmaybe — ✓", B5S1, "maybe", B5Q117],
  ["truncated_null", "Let's think about this step by step. The pilot had 40 patients and readmissions fell from 14 to 9, which is suggestive of benefit. If each readmission costs roughly $15,000, the 5 avoided readmissions would save about $75,000, which might exceed the cost of telemonitoring equipment and nurse time for 40 patients. That leans toward yes, but", B5S1, null, B5Q123, 'length'],
  ["hedge_commit", "The evidence is from observational follow-up, but it's adjusted and the effect is large (8 vs 11 days), so probably yes.", B5S1, "yes", B5Q118],
  ["think_unclosed", "<think>\nSensitivity 96%, specificity 89%, better than CRP and CSF WBC. That supports usefulness. The question is whether it's useful — yes it is, per this study.\n\nAnswer: yes", B5S1, "yes", B5Q119],
  ["negation", "<think>\nThe bystander's statement \"it's pouring out here\" is offered to prove it was raining — truth of the matter asserted. Out of court. That's hearsay (though present sense impression exception might apply, but the question is only whether it's hearsay).\n</think>\nI wouldn't call it anything other than hearsay — it's an out-of-court statement offered for its truth. Yes.", B5S2, "Yes", B5Q125],
  ["negation", "It is not hearsay. The statement isn't offered for its truth (the clerk's wellbeing is irrelevant); it's offered to show the defendant can speak Spanish, which is shown by the fact that he said it at all.", B5S2, "No", B5Q126],
  ["negation", "<think>\nThe tenant's statement to the landlord offered to show notice — effect on the listener, not truth. Not hearsay.\n</think>\nNot hearsay — offered to show notice, not that the step was actually cracked.\n\nFinal answer: No", B5S2, "No", B5Q127],
  ["self_correction", "No... actually, let me reconsider. The friend's out-of-court statement \"Carl was at Mickey's all night\" is being offered precisely to prove Carl was at the bar. That's the truth of the matter asserted. So yes, it's hearsay.", B5S2, "Yes", B5Q128],
  ["cue_plain", "The officer is testifying to his own perception in court — there is no out-of-court statement at all. So: No.", B5S2, "No", B5Q129],
  ["labels_quoted", "The key language is \"Licensor hereby grants to Licensee a non-exclusive, non-transferable license\". That is an express license grant, even if limited. **Yes.**", B5S2, "Yes", B5Q130],
  ["debris", "<think>\n\"shall not market, sell or distribute any products that compete\" within the Territory during the Term. That's a non-compete/exclusivity covenant.\n</think>\nYes<|im_end|>", B5S2, "Yes", B5Q131],
  ["negation", "This isn't an anti-assignment clause; it's a standard successors-and-assigns provision that says nothing about needing consent. Answer: No", B5S2, "No", B5Q132],
  ["synonym", "<think>\nAggregate liability cap = fees paid in 12 months. That is a cap.\n</think>\nTRUE. The clause caps aggregate liability at the trailing twelve months' fees.", B5S2, "Yes", B5Q133],
  ["hedge_null", "It could go either way. The clause only permits termination for uncured material breach, which is termination for cause — but some readers treat any unilateral termination right as \"for convenience\". I can't give a definite Yes or No.", B5S2, null, B5Q134],
  ["truncated_null", "<think>\nRight of first refusal: the holder gets the right to match a third-party offer before the owner sells. Here, Seller must notify Buyer who has 15 days to match. That's the textbook ROFR. However, the term says \"bona fide offer\" which is typical. Is there any nuance — a right of first offer (ROFO) is different: the owner must first offer to the holder before marketing. Here the trigger is a third-party offer, so it's ROFR, not ROFO. Let me also check whether the clause", B5S2, null, B5Q135, 'length'],
  ["reasoning", "<think>\nThe response adds a condition (delivery by Friday). Under the common law mirror image rule, an acceptance must mirror the offer exactly; a conditional acceptance is a counteroffer. (UCC 2-207 differs for merchants, but the question asks about the mirror image rule.)\n</think>\nNo — \"I accept, provided delivery is by Friday\" is a conditional acceptance, which operates as a counteroffer under the mirror image rule.", B5S2, "No", B5Q136],
  ["multilingual", "Nein. Die Aussage des Polizisten beruht auf eigener Wahrnehmung und ist keine außergerichtliche Äußerung.", B5S2, "No", B5Q129],
  ["refusal", "I'm not able to provide legal determinations. Whether a specific statement qualifies as hearsay depends on the jurisdiction's rules of evidence and the purpose for which it is offered; please consult a qualified attorney.", B5S2, null, B5Q128],
  ["table", "| Element | Present? |\n|---|---|\n| Out-of-court statement | Yes |\n| Offered for truth of matter asserted | No (offered for notice) |\n\nSince the second element fails, the statement is **not hearsay**.", B5S2, "No", B5Q127],
  ["hedge_null", "Yes or No? Honestly, it depends on whether \"compete\" is defined elsewhere in the agreement. If \"competing products\" is a defined term limited to a specific SKU list, this is more of an exclusivity clause than a non-compete. Without the definitions section, I'd rather not choose.", B5S2, null, B5Q131],
  ["structured", "{\"ruling\":\"yes\",\"basis\":\"express grant language\"}", B5S2, "Yes", B5Q130],
  ["self_correction", "Yes — hmm, hold on. The question is whether it specifies a *cap*. It does: aggregate liability cannot exceed the fees paid in the prior twelve months. So my first instinct stands: Yes.", B5S2, "Yes", B5Q133],
  ["contrast", "This is termination for cause, not for convenience. There's no right to walk away without a breach. → No", B5S2, "No", B5Q134],
  ["truncated_after_cue", "Answer: Yes.\n\nThis is a textbook right of first refusal: the holder (Buyer) does not get to initiate a purchase, but when a third party makes a bona fide offer, the holder may match it within the stated period. Contrast this with a right of first offer, under which the owner must approach the holder before", B5S2, "Yes", B5Q135, 'length'],
  ["think_cue", "<think>\nOil prices, OPEC, crude futures — markets and commodities. Could be World because OPEC/Saudi is international politics, but the focus is on prices and futures trading. AG News puts these under Business.\n</think>\n**Business**", B5S7, "Business", B5Q137],
  ["no_word", "No question about it — Olympic swimming medals are Sports.", B5S7, "Sports", B5Q138],
  ["verdicts", "World: ✗\nSports: ✗\nBusiness: ✗\nSci/Tech: ✓ (NASA, Mars rover, geology)", B5S7, "Sci/Tech", B5Q139],
  ["contrast", "World, not Business — it's about Sudan, the UN and Darfur, purely international politics.", B5S7, "World", B5Q140],
  ["hedge_null", "This one straddles Business and Sci/Tech: it's an IPO (finance) of a technology company. AG News has examples of both. I'd say it's equally either.", B5S7, null, B5Q141],
  ["self_correction", "Sci/Tech... actually no, the story is about shares and the Nasdaq debut — that's Business.", B5S7, "Business", B5Q141],
  ["synonym", "<think>\nMicrosoft, IE vulnerability, patch, spyware.\n</think>\nCategory: Technology", B5S7, "Sci/Tech", B5Q142, "stop", {"Sci/Tech": ["Science", "Technology", "Sci-Tech", "Science/Technology"]}],
  ["ordinal", "Of the four categories listed, it's the second one — a club ownership deal in English football is sports news.", B5S7, "Sports", B5Q143],
  ["truncated_null", "<think>\nRed Sox owner buying Liverpool FC. That's a business transaction (acquisition, valuation 300 million pounds) but the subject is sports clubs. AG News often labels sports ownership stories as Sports, but deals with valuations and investors can be Business. Let me look at the wording: \"Investors led by John Henry are in talks to buy\", \"valuing it at about", B5S7, null, B5Q143, 'length'],
  ["multilingual", "<think>\n苏丹、联合国、达尔富尔——国际新闻。\n</think>\n这篇新闻属于 World（国际）类别。", B5S7, "World", B5Q140],
  ["refusal", "I'd need more than a headline to classify this confidently — the article body is missing. Could you provide the full text?", B5S7, null, B5Q139],
  ["structured", "{\"category_id\": 3, \"category\": \"Business\"}", B5S7, "Business", B5Q137],
  ["cue_lower", "hmm. it mentions a spyware exploit and a browser update. sci/tech", B5S7, "Sci/Tech", B5Q142],
  ["think_cue", "<think>\n\"i feel so rejected by everyone at work lately\" — rejection → sadness typically in this dataset. Not anger, no hostility expressed.\n</think>\nsadness", B5S8, "sadness", B5Q144],
  ["contrast", "Surprise rather than joy — the key phrase is \"i had no idea\", though the party is a happy event.", B5S8, "surprise", B5Q145],
  ["self_correction", "Sadness? No — \"irritated\" is an anger word. The speaker is annoyed at the landlord, so anger.", B5S8, "anger", B5Q146],
  ["cue_plain", "The text expresses gratitude and affection toward a partner → **Love**", B5S8, "love", B5Q147],
  ["synonym", "<think>\nterrified → fear.\n</think>\nThe emotion is terror/fright — i.e., fear.", B5S8, "fear", B5Q148],
  ["hedge_null", "It's a mix of joy and surprise — relief at finishing could also be read either way. I can't pick just one.", B5S8, null, B5Q149],
  ["none_correct", "None of the listed emotions fits well: \"strange\" and \"not sure what to make of it\" express confusion or ambivalence, which isn't in the set.", B5S8, null, B5Q150],
  ["table", "| Emotion | Evidence | Fit |\n|---|---|---|\n| sadness | — | low |\n| joy | \"feel amazing\", \"finally finished\" | **high** |\n| surprise | — | low |\n| fear | — | none |", B5S8, "joy", B5Q149],
  ["truncated_null", "<think>\n\"i feel strange about the whole thing not sure what to make of it\". Hmm, \"strange\" in the emotion dataset is often labeled surprise (words like \"strange\", \"weird\", \"curious\", \"amazed\" map to surprise). But it could also be fear because uncertainty... Let me think about the original dataset construction: they used hashtags like #surprised, and", B5S8, null, B5Q150, 'length'],
  ["multilingual", "<think>\ntristesse\n</think>\nL'émotion exprimée est la tristesse : la personne se sent rejetée par ses collègues.", B5S8, "sadness", B5Q144, "stop", {"sadness": ["sad", "tristesse", "tristeza"]}],
  ["cue_caps", "ANGER. The landlord's inaction is the trigger.", B5S8, "anger", B5Q146],
  ["labels_quoted", "The options are sadness, joy, love, anger, fear, surprise. \"blessed to have him in my life\" is affection for a person, so I'd go with love over joy.", B5S8, "love", B5Q147],
  ["hedge_commit", "Could be read as surprise at the dark, but \"terrified\" is unambiguous: I'm going with fear.", B5S8, "fear", B5Q148],
  ["refusal", "I'm sorry, I can't analyze the emotional state of real individuals from their private messages.", B5S8, null, B5Q145],
  ["synonym", "<think>\n\"defend, indemnify and hold harmless\" — classic indemnity.\n</think>\nThis is an indemnity clause.", B5S5, "indemnification", B5Q151, "stop", {"indemnification": ["indemnity", "hold harmless"]}],
  ["synonym", "Choice of law (Delaware).", B5S5, "governing law", B5Q152, "stop", {"governing law": ["choice of law", "applicable law"]}],
  ["negation", "This isn't an indemnification clause, it's a limitation of liability clause — it excludes consequential damages rather than shifting third-party claims.", B5S5, "limitation of liability", B5Q153],
  ["verdicts", "indemnification: no\nlimitation of liability: no\ntermination: no\nconfidentiality: yes\ngoverning law: no\nnon-compete: no\nwarranty: no\nassignment: no", B5S5, "confidentiality", B5Q154],
  ["think_vs_final", "<think>\n\"Vendor warrants that the Services will be performed in a professional and workmanlike manner\" — that's a performance warranty. Hmm, could be limitation of liability if it's an exclusive warranty? No, there's no disclaimer here.\n</think>\nLabel: warranty", B5S5, "warranty", B5Q155],
  ["truncated_null", "<think>\n\"Customer may not assign or transfer this Agreement ... without Vendor's prior written consent.\" That's an anti-assignment clause. Category: assignment. But wait, could it be termination? No. Let me also consider whether the \"by operation of law\" language makes it relevant to change of control, which sometimes", B5S5, null, B5Q156, 'length'],
  ["multiple_correct", "This clause is both a non-compete and a termination provision, because the restriction survives termination of employment. Labels: non-compete, termination.", B5S5, null, B5Q157],
  ["think_cue", "<think>\nTwo years, 50 miles, compete with Company business. Restrictive covenant.\n</think>\nIt's a non-compete clause (a restrictive covenant with time and geographic limits).", B5S5, "non-compete", B5Q157],
  ["ordinal", "Looking at the list you gave, it's the last one: assignment. The clause bars transfer of the agreement without consent.", B5S5, "assignment", B5Q156],
  ["self_correction", "Limitation of liability — wait, no, re-reading it: it's about defending and holding the other party harmless from third-party claims. Indemnification.", B5S5, "indemnification", B5Q151],
  ["negation", "Not a confidentiality clause, not a termination clause — it names the governing law and excludes conflict-of-law rules. governing law", B5S5, "governing law", B5Q152],
  ["think_only", "<think>\nNeither party liable for indirect, consequential damages, including lost profits. This is an exclusion of damages → limitation of liability.\n\nFinal label: limitation of liability\n</think>", B5S5, "limitation of liability", B5Q153],
  ["none_correct", "This is a performance standard, not really any of the listed categories — it reads more like a service-level commitment. I'd classify it as \"service levels\", which isn't an option.", B5S5, null, B5Q155],
];
