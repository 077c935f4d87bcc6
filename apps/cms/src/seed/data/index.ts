import type { SeedNetwork } from '../types'
import { articles } from './articles'
import { authors } from './authors'
import { brands } from './brands'
import { clinics } from './clinics'
import { comparisons } from './comparisons'
import { conditions } from './conditions'
import { faqs } from './faqs'
import { providers } from './providers'
import { reviews } from './reviews'
import { therapies } from './therapies'

/** The demo network: three fictional brands and everything they publish. */
export const demoNetwork: SeedNetwork = { brands, clinics, providers, therapies, conditions, authors, faqs, articles, comparisons, reviews }
