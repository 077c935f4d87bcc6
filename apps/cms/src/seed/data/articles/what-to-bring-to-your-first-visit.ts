import type { SeedArticle } from '../../types'
import { TAMSIN } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, link, p, ul } from '../rich'

export const whatToBringToYourFirstVisit: SeedArticle = {
  title: 'What to bring to your first physical therapy visit',
  slug: 'what-to-bring-to-your-first-visit',
  brands: [WRENFIELD],
  author: TAMSIN,
  publishedAt: '2024-02-13T15:00:00.000Z',
  categories: ['Clinic news'],
  status: 'published',
  excerpt:
    'A little preparation turns your first appointment into a better one. Here is a short checklist of what to bring, what to wear and what to think about beforehand.',
  heroImage: null,
  relatedTherapies: [],
  relatedConditions: [],
  faqs: ['what-to-wear-to-your-first-visit', 'how-long-is-the-first-appointment', 'how-do-i-request-an-appointment'],
  body: [
    p(
      'Your first visit is mostly a conversation and an assessment. The more your therapist knows about your pain and your daily life, the sooner the plan fits you. Arriving ten minutes early also gives you time to finish any paperwork without feeling rushed.',
    ),
    h2('The checklist'),
    ul(
      'A photo ID and your insurance card, if you plan to use insurance',
      'A referral or prescription, if your plan or your state asks for one',
      'A list of your medicines, including blood thinners and supplements',
      'Any recent imaging reports, such as an X-ray or MRI summary',
      'Clothes that let us see and move the sore area, and comfortable shoes',
      'Glasses, if you need them to read exercise sheets',
    ),
    h2('Think about these questions'),
    p('You do not need perfect answers, but a few notes on your phone help a lot:'),
    ul(
      'When did the problem start, and was there a clear cause?',
      'What makes it better, and what makes it worse?',
      'Which everyday task would you most like to do again without pain?',
    ),
    p(
      'That last question matters most. ',
      b('Your goal shapes the plan'),
      ', whether it is lifting a grandchild, sleeping through the night or finishing a half-marathon.',
    ),
    h2('If you are curious about needling'),
    p(
      'Not every location can offer it, because the rules depend on the state. Our guide to ',
      link('articles', 'dry-needling-by-state', 'where we offer dry needling'),
      ' explains which clinics do, so you can ask the right questions when you book.',
    ),
    faqGroup('First-visit questions', 'what-to-wear-to-your-first-visit', 'how-long-is-the-first-appointment', 'how-do-i-request-an-appointment'),
  ],
}
