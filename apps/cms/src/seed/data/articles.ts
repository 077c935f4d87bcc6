import type { SeedArticle } from '../types'
import { canDryNeedlingHelpTmjPain } from './articles/can-dry-needling-help-tmj-pain'
import { dryNeedlingAndAcupunctureExplained } from './articles/dry-needling-and-acupuncture-explained'
import { dryNeedlingByState } from './articles/dry-needling-by-state'
import { dryNeedlingVsMassageWhichFirst } from './articles/dry-needling-vs-massage-which-first'
import { fibromyalgiaAndGentleMovement } from './articles/fibromyalgia-and-gentle-movement'
import { fortCollinsLocationOpens } from './articles/fort-collins-location-opens'
import { frozenShoulderThreePhases } from './articles/frozen-shoulder-three-phases'
import { hamstringStrainReturnToRunning } from './articles/hamstring-strain-return-to-running'
import { neckPainDeskWorkers } from './articles/neck-pain-desk-workers'
import { plantarFasciitisMorningHeelPain } from './articles/plantar-fasciitis-morning-heel-pain'
import { plantarFasciitisMorningStretches } from './articles/plantar-fasciitis-morning-stretches'
import { sciaticaFirstSixWeeks } from './articles/sciatica-first-six-weeks'
import { tennisElbowAtTheKeyboard } from './articles/tennis-elbow-at-the-keyboard'
import { tensionHeadachesFromTheNeck } from './articles/tension-headaches-from-the-neck'
import { tmjJawPainDraft } from './articles/tmj-jaw-pain-draft'
import { triggerPointInjectionOrDryNeedling } from './articles/trigger-point-injection-or-dry-needling'
import { whatDryNeedlingFeelsLike } from './articles/what-dry-needling-feels-like'
import { whatToBringToYourFirstVisit } from './articles/what-to-bring-to-your-first-visit'

/** Every demo article, oldest first; one is a draft. */
export const articles: SeedArticle[] = [
  whatToBringToYourFirstVisit,
  tensionHeadachesFromTheNeck,
  tennisElbowAtTheKeyboard,
  frozenShoulderThreePhases,
  whatDryNeedlingFeelsLike,
  dryNeedlingByState,
  plantarFasciitisMorningStretches,
  dryNeedlingVsMassageWhichFirst,
  dryNeedlingAndAcupunctureExplained,
  plantarFasciitisMorningHeelPain,
  canDryNeedlingHelpTmjPain,
  sciaticaFirstSixWeeks,
  neckPainDeskWorkers,
  fibromyalgiaAndGentleMovement,
  triggerPointInjectionOrDryNeedling,
  fortCollinsLocationOpens,
  hamstringStrainReturnToRunning,
  tmjJawPainDraft,
]
