import type { SeedReview } from '../types'
import { DN_VS_ACUPUNCTURE, DN_VS_MASSAGE } from './comparisons'
import { ELIAS_PROVIDER, JOAQUIN, MARISOL, PRIYA, RENATA_PROVIDER, TAMSIN_PROVIDER, WEN_LI } from './providers'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from './therapies'

/*
 * Who checked the demo's health pages, and when: January to April 2026, the months of the demo's
 * newest articles, so no review lies in the future. News and practical pages (the Fort Collins
 * opening, what to bring) carry none, nor do the draft, the trigger point injection page and calf
 * tightness. A page shared by several brands shows its review on the reviewer's brand only: the
 * dry needling and acupuncture article is reviewed by a Cobblestone clinician, so on Wrenfield's
 * site it has no reviewed-by line.
 */

const article = (slug: string, reviewedBy: string, lastReviewed: string): SeedReview => ({ collection: 'articles', slug, reviewedBy, lastReviewed })
const therapy = (slug: string, reviewedBy: string, lastReviewed: string): SeedReview => ({ collection: 'therapies', slug, reviewedBy, lastReviewed })
const condition = (slug: string, reviewedBy: string, lastReviewed: string): SeedReview => ({ collection: 'conditions', slug, reviewedBy, lastReviewed })
const comparison = (slug: string, reviewedBy: string, lastReviewed: string): SeedReview => ({ collection: 'comparisons', slug, reviewedBy, lastReviewed })

export const reviews: SeedReview[] = [
  article('tension-headaches-from-the-neck', MARISOL, '2026-02-09'),
  article('tennis-elbow-at-the-keyboard', MARISOL, '2026-01-14'),
  article('frozen-shoulder-three-phases', PRIYA, '2026-03-02'),
  article('what-dry-needling-feels-like', RENATA_PROVIDER, '2026-01-22'),
  article('dry-needling-by-state', PRIYA, '2026-04-06'),
  article('plantar-fasciitis-morning-stretches', MARISOL, '2026-02-23'),
  article('dry-needling-vs-massage-which-first', RENATA_PROVIDER, '2026-02-16'),
  article('dry-needling-and-acupuncture-explained', WEN_LI, '2026-03-11'),
  article('plantar-fasciitis-morning-heel-pain', RENATA_PROVIDER, '2026-01-29'),
  article('can-dry-needling-help-tmj-pain', PRIYA, '2026-03-18'),
  article('sciatica-first-six-weeks', MARISOL, '2026-01-07'),
  article('neck-pain-desk-workers', WEN_LI, '2026-01-20'),
  article('fibromyalgia-and-gentle-movement', MARISOL, '2026-02-02'),
  article('trigger-point-injection-or-dry-needling', WEN_LI, '2026-02-24'),
  article('hamstring-strain-return-to-running', PRIYA, '2026-03-30'),

  therapy(DRY_NEEDLING, PRIYA, '2026-02-12'),
  therapy(MASSAGE, TAMSIN_PROVIDER, '2026-03-05'),
  therapy(ACUPUNCTURE, JOAQUIN, '2026-01-15'),

  condition('neck-pain', WEN_LI, '2026-01-26'),
  condition('low-back-pain', ELIAS_PROVIDER, '2026-02-05'),
  condition('tension-headaches', MARISOL, '2026-02-09'),
  condition('sciatica', MARISOL, '2026-01-07'),
  condition('plantar-fasciitis', RENATA_PROVIDER, '2026-01-29'),
  condition('shoulder-impingement', WEN_LI, '2026-03-04'),
  condition('frozen-shoulder', PRIYA, '2026-03-02'),
  condition('tmj-disorders', RENATA_PROVIDER, '2026-02-19'),
  condition('tennis-elbow', MARISOL, '2026-01-14'),
  condition('fibromyalgia', MARISOL, '2026-02-02'),
  condition('hamstring-strain', PRIYA, '2026-03-30'),
  condition('hip-and-knee-pain', PRIYA, '2026-04-08'),

  comparison(DN_VS_MASSAGE, RENATA_PROVIDER, '2026-02-16'),
  comparison(DN_VS_ACUPUNCTURE, PRIYA, '2026-03-11'),
]
