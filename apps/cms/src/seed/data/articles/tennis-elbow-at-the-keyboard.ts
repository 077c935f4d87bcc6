import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, h2, link, ol, p, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const tennisElbowAtTheKeyboard: SeedArticle = {
  title: 'Tennis elbow at the keyboard',
  slug: 'tennis-elbow-at-the-keyboard',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2024-10-08T15:30:00.000Z',
  categories: ['Conditions', 'Recovery'],
  status: 'published',
  excerpt:
    'You do not need a racket to get tennis elbow. Hours of typing and mouse work can overload the same tendon; here is how to ease it and how to help it heal.',
  heroImage: null,
  relatedTherapies: [DRY_NEEDLING, MASSAGE],
  relatedConditions: ['tennis-elbow'],
  faqs: ['how-many-dry-needling-sessions'],
  body: [
    p(
      'Most of the people we see with ',
      link('conditions', 'tennis-elbow', 'tennis elbow'),
      ' have never played tennis. They type, use a mouse, carry laptops or grip tools all day. The muscles that lift the wrist work constantly during that kind of work, and their shared tendon on the outside of the elbow gets irritated.',
    ),
    h2('Small desk changes that add up'),
    ul(
      'Keep your wrist level with the back of your hand, not bent upward over the keys',
      'Bring the mouse close so your elbow rests near your side',
      'Hold the mouse loosely; a death grip keeps the forearm working',
      'Learn a few keyboard shortcuts to cut down on clicking',
      'Lift bags and mugs with your palm facing up when you can',
    ),
    h2('Loading the tendon, gently'),
    p(
      'Rest alone rarely fixes a sore tendon. It needs ',
      b('gradual, steady load'),
      ' to get stronger. A common starting point looks like this:',
    ),
    ol(
      'Rest your forearm on a table with your hand over the edge, palm down.',
      'Holding a light can of soup, use your other hand to lift the wrist up.',
      'Lower it slowly on its own over three to four seconds.',
      'Do three sets of ten once a day, accepting mild discomfort that settles by the next morning.',
    ),
    h2('When to come in'),
    p(
      'If the pain has lasted more than a few weeks or your grip is getting weaker, your physical therapist can check the neck and shoulder as well, adjust the exercise, and use ',
      link('therapies', MASSAGE, 'massage'),
      ' or ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' to ease tight forearm muscles while the tendon builds strength.',
    ),
  ],
}
