/**
 * An invented report of about 2 KB (our own sentences, not any outlet's), the
 * article the worker is timed on and compared with Node on: dated and undated
 * statements, a meeting, an incident from the knowledge base.
 */
import type { Article } from '../../src/shared/schema';

const TEXT = [
  'WASHINGTON — Secretary of State Mike Pompeo said on Tuesday that Pakistan must take sustained action against militant groups operating from its soil, two weeks after the Pulwama attack killed dozens of Indian paramilitary police.',
  'Pompeo told reporters at the State Department that he had spoken with Foreign Minister Shah Mehmood Qureshi on Monday and urged him to de-escalate. "We want both sides to avoid further military activity," he said.',
  "India's External Affairs Minister Sushma Swaraj met Pompeo in Washington on Wednesday to discuss the crisis, officials said. The two ministers discussed cross-border terrorism and the safety of civilians along the Line of Control.",
  "National Security Adviser John Bolton said on Thursday that the United States supported India's right to self-defence. Pakistan's Foreign Office rejected the remarks and said Islamabad had already begun a crackdown on banned organisations.",
  'A State Department spokesperson, Robert Palladino, said on Friday that Washington would keep pressing both governments to talk. He described the situation as serious but said diplomatic channels remained open.',
  "Imran Khan, Pakistan's prime minister, said on Saturday that his government would not allow its territory to be used for attacks on any country, and offered talks with New Delhi. Analysts said the offer was unlikely to be accepted before the Indian election.",
  'The United Nations Security Council is expected to discuss the listing of Masood Azhar next week, diplomats said, with Washington, London and Paris backing the proposal.',
  'Former diplomats in Islamabad said the pressure from Washington was the strongest in years. A senior official in New Delhi said India would judge Pakistan by what it did, not by what it said, and that the air force remained on alert along the border.',
  'Markets in Karachi fell on Monday as investors weighed the risk of a wider conflict, and several airlines rerouted their flights away from the region for the rest of the week.',
].join('\n\n');

export const TWO_KB_ARTICLE: Article = {
  id: 'invented-two-kilobytes',
  headline: 'Pompeo urges Pakistan to act against militants',
  outlet: 'Invented Wire',
  published: '2019-03-03',
  dateline: 'Washington',
  url: null,
  text: TEXT,
};
