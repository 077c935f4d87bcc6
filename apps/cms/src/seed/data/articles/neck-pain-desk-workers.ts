import type { SeedArticle } from '../../types'
import { ELIAS } from '../authors'
import { COBBLESTONE } from '../brands'
import { b, ext, faqGroup, h2, h3, i, img, link, ol, p, page, table, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

export const neckPainDeskWorkers: SeedArticle = {
  title: 'Neck pain at the desk: a spine clinician’s guide for office workers',
  slug: 'neck-pain-desk-workers',
  brands: [COBBLESTONE],
  author: ELIAS,
  publishedAt: '2026-01-13T14:30:00.000Z',
  categories: ['Conditions'],
  status: 'published',
  excerpt:
    'Eight hours at a laptop can leave your neck aching and your head pounding. A chiropractor explains what is happening and the small changes that make the biggest difference.',
  heroImage: {
    key: 'hero-neck-pain-desk',
    alt: 'Abstract burgundy rectangle with a gold curve leaning over it, loosely suggesting a person at a desk',
    palette: ['#7a2e3a', '#c9a227'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [MASSAGE, DRY_NEEDLING, ACUPUNCTURE],
  relatedConditions: ['neck-pain', 'tension-headaches', 'shoulder-impingement'],
  faqs: ['how-long-is-the-first-appointment', 'what-to-wear-to-your-first-visit', 'does-dry-needling-hurt'],
  body: [
    p(
      'By late afternoon, a lot of the people who walk into our Back Bay office have the same posture: chin forward, shoulders up near their ears, one hand rubbing the back of the neck. Desk work is not bad for you, but ',
      b('staying still in one position for hours'),
      ' is something the neck was never designed for.',
    ),
    h2('Why the neck complains'),
    p(
      'Your head weighs roughly as much as a bowling ball. Balanced over the spine, it is easy to carry. Every inch it drifts forward toward a screen asks the muscles at the back of the neck and the top of the shoulders to work harder. Over weeks, those muscles develop tender knots, and the joints of the neck stiffen.',
    ),
    p('The result is a familiar cluster of symptoms:'),
    ul(
      'A dull ache at the base of the skull by mid-afternoon',
      'Tension headaches that wrap around the forehead or temples',
      'Tight, sore spots on top of the shoulders',
      'Stiffness when checking your blind spot on the drive home',
    ),
    h2('Fix the setup first'),
    p('Before any treatment, we look at how you work. Small adjustments often do more than any single session on the table.'),
    table(
      ['Check', 'Aim for', 'Quick fix'],
      ['Screen height', 'Top of the screen at or just below eye level', 'Stack books under a monitor or laptop stand'],
      ['Laptop use', 'Keyboard at elbow height, screen raised', 'Add an external keyboard and mouse'],
      ['Chair', 'Feet flat, hips slightly above knees', 'Use a footrest or a firm cushion'],
      ['Phone', 'Held up, not down in your lap', 'Use a headset for long calls'],
    ),
    p(
      'For more detailed guidance, the U.S. Occupational Safety and Health Administration publishes a practical ',
      ext('https://www.osha.gov/etools/computer-workstations', 'computer workstation checklist'),
      '.',
    ),
    h2('Move more often, not more heroically'),
    p(
      'You do not need a lunchtime gym session to help your neck, although it does not hurt. What works best is ',
      i('frequent, small movement'),
      '. Try this every 30 to 45 minutes:',
    ),
    ol(
      'Sit tall and gently draw your chin back, as if making a double chin. Hold for three seconds, five times.',
      'Roll your shoulders backwards slowly ten times.',
      'Turn your head to each side as far as is comfortable, three times.',
      'Stand up, walk to refill your water and come back.',
    ),
    img(
      {
        key: 'inline-desk-break',
        alt: 'Abstract gold circles spaced evenly along a burgundy band, suggesting regular breaks through the day',
        palette: ['#c9a227', '#7a2e3a'],
        width: 1200,
        height: 675,
      },
      'Short movement breaks spread across the day help more than one long stretch in the evening.',
    ),
    h2('Do not forget the other sixteen hours'),
    p(
      'Desk posture gets the blame, but what happens outside work matters just as much. Two habits come up again and again in our clinic.',
    ),
    h3('Sleep position'),
    p(
      'Sleeping on your stomach forces the head to turn fully to one side for hours, which is a lot to ask of a neck that already spent the day leaning forward. Side or back sleeping is kinder. Pick a pillow that keeps your head level with the rest of your spine: if you sleep on your side, it should fill the gap between your ear and the mattress without tilting your head up.',
    ),
    h3('Stress'),
    p(
      'When deadlines pile up, the shoulders creep toward the ears without us noticing. That constant low-level bracing feeds the very knots that cause tension headaches. A few slow breaths with the shoulders deliberately dropped, repeated through the day, is a surprisingly effective reset. Some of our patients also find that ',
      link('therapies', ACUPUNCTURE, 'acupuncture'),
      ' helps on the stress and sleep side of things.',
    ),
    h3('The commute'),
    p(
      'Many of our patients ride the T or drive in from the suburbs, and scrolling a phone on the train adds another half hour of looking down. Hold the phone higher, or use the ride to look out of the window and give your neck a break.',
    ),
    h2('When to book a visit'),
    p(page('request-appointment', 'Make an appointment'), ' if the pain lasts longer than two weeks, keeps returning, or comes with headaches that are getting more frequent.'),
    h3('What we might do'),
    p(
      'At Cobblestone, a visit for desk-related neck pain usually combines a gentle adjustment or mobilisation with exercises. Depending on what we find, your plan may include ',
      link('therapies', MASSAGE, 'massage therapy'),
      ' for widespread tension or ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' for stubborn knots on top of the shoulders. Numbness or weakness in an arm needs a prompt medical assessment, and we will refer you if we see it.',
    ),
    faqGroup('Planning your visit', 'how-long-is-the-first-appointment', 'what-to-wear-to-your-first-visit', 'does-dry-needling-hurt'),
  ],
}
