import type { SeedArticle } from '../types'
import { dryNeedlingAndAcupunctureExplained } from './articles/dry-needling-and-acupuncture-explained'
import { dryNeedlingByState } from './articles/dry-needling-by-state'
import { dryNeedlingVsMassageWhichFirst } from './articles/dry-needling-vs-massage-which-first'
import { fortCollinsLocationOpens } from './articles/fort-collins-location-opens'
import { neckPainDeskWorkers } from './articles/neck-pain-desk-workers'
import { plantarFasciitisMorningHeelPain } from './articles/plantar-fasciitis-morning-heel-pain'
import { sciaticaFirstSixWeeks } from './articles/sciatica-first-six-weeks'
import { tmjJawPainDraft } from './articles/tmj-jaw-pain-draft'
import { triggerPointInjectionOrDryNeedling } from './articles/trigger-point-injection-or-dry-needling'
import { whatDryNeedlingFeelsLike } from './articles/what-dry-needling-feels-like'

/** Every demo article, oldest first; one is a draft. */
export const articles: SeedArticle[] = [
  whatDryNeedlingFeelsLike,
  dryNeedlingByState,
  dryNeedlingVsMassageWhichFirst,
  dryNeedlingAndAcupunctureExplained,
  plantarFasciitisMorningHeelPain,
  sciaticaFirstSixWeeks,
  neckPainDeskWorkers,
  triggerPointInjectionOrDryNeedling,
  fortCollinsLocationOpens,
  tmjJawPainDraft,
]
