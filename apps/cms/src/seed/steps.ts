import { gridFromColumns } from '../collections/Comparisons/grid'
import { type Id, SEED_CONTEXT, type SeedRun } from './seedRun'
import type { SeedArticle, SeedAuthor, SeedBrand, SeedClinic, SeedComparison, SeedCondition, SeedFaq, SeedProvider, SeedReview, SeedRichText, SeedTherapy } from './types'

/*
 * The seed's steps, one per collection, in the order the references need: a document's
 * references by slug resolve to documents of earlier steps.
 */

/** The brands, with their logos. */
export async function seedBrands(run: SeedRun, brands: readonly SeedBrand[]): Promise<void> {
  for (const brand of brands) {
    const { logo, ...rest } = brand
    run.remember('brands', brand.slug, await run.ensure('brands', { slug: { equals: brand.slug } }, async () => ({ ...rest, logo: await run.image(logo) })))
  }
}

export async function seedTherapies(run: SeedRun, therapies: readonly SeedTherapy[]): Promise<void> {
  for (const therapy of therapies) {
    const id = await run.ensure('therapies', run.bySlugInBrands(therapy.slug, therapy.brands), async () => ({
      ...therapy,
      brands: run.refs('brands', therapy.brands),
      howItWorks: await run.lexical(therapy.howItWorks),
    }))
    run.remember('therapies', therapy.slug, id)
  }
}

export async function seedConditions(run: SeedRun, conditions: readonly SeedCondition[]): Promise<void> {
  for (const condition of conditions) {
    const id = await run.ensure('conditions', run.bySlugInBrands(condition.slug, condition.brands), async () => ({
      ...condition,
      brands: run.refs('brands', condition.brands),
      body: await run.lexical(condition.body),
      therapies: run.refs('therapies', condition.therapies),
    }))
    run.remember('conditions', condition.slug, id)
  }
}

/** The authors (not versioned: no status), after the providers their profiles are. */
export async function seedAuthors(run: SeedRun, authors: readonly SeedAuthor[]): Promise<void> {
  for (const author of authors) {
    const id = await run.ensure(
      'authors',
      run.bySlugInBrands(author.slug, author.brands),
      async () => ({
        ...author,
        brands: run.refs('brands', author.brands),
        photo: author.photo ? await run.image(author.photo) : null,
        provider: author.provider ? run.ref('providers', author.provider) : null,
      }),
      null,
    )
    run.remember('authors', author.slug, id)
  }
}

export async function seedFaqs(run: SeedRun, faqs: readonly SeedFaq[]): Promise<void> {
  for (const faq of faqs) {
    const id = await run.ensure('faqs', run.bySlugInBrands(faq.slug, faq.brands), async () => ({
      ...faq,
      brands: run.refs('brands', faq.brands),
      answer: await run.lexical(faq.answer),
      therapies: run.refs('therapies', faq.therapies),
      conditions: run.refs('conditions', faq.conditions),
    }))
    run.remember('faqs', faq.slug, id)
  }
}

export async function seedComparisons(run: SeedRun, comparisons: readonly SeedComparison[]): Promise<void> {
  for (const comparison of comparisons) {
    const id = await run.ensure('comparisons', run.bySlugInBrands(comparison.slug, comparison.brands), async () => {
      const { rows, ...rest } = comparison
      const therapies = run.refs('therapies', comparison.therapies)
      return {
        ...rest,
        brands: run.refs('brands', comparison.brands),
        therapies,
        // The demo gives each row's values column by column; the table stores a cell per therapy.
        grid: gridFromColumns(therapies, rows),
        whenToChoose: await Promise.all(comparison.whenToChoose.map(async (entry) => ({ therapy: run.ref('therapies', entry.therapy), text: await run.lexical(entry.text) }))),
        combination: { canCombine: comparison.combination.canCombine, how: await run.lexical(comparison.combination.how) },
        conditionGuidance: comparison.conditionGuidance.map((entry) => ({ condition: run.ref('conditions', entry.condition), guidance: entry.guidance })),
      }
    })
    run.remember('comparisons', comparison.slug, id)
  }
}

/** The clinics: each belongs to one brand, so its slug is matched within that brand. */
export async function seedClinics(run: SeedRun, clinics: readonly SeedClinic[]): Promise<void> {
  for (const clinic of clinics) {
    const brand = run.ref('brands', clinic.brand)
    const id = await run.ensure('clinics', { and: [{ slug: { equals: clinic.slug } }, { brand: { equals: brand } }] }, async () => ({
      ...clinic,
      brand,
      therapies: run.refs('therapies', clinic.therapies),
    }))
    run.remember('clinics', clinic.slug, id)
  }
}

/** The providers: each belongs to one brand, so its slug is matched within that brand. */
export async function seedProviders(run: SeedRun, providers: readonly SeedProvider[]): Promise<void> {
  for (const provider of providers) {
    const brand = run.ref('brands', provider.brand)
    const id = await run.ensure('providers', { and: [{ slug: { equals: provider.slug } }, { brand: { equals: brand } }] }, async () => ({
      ...provider,
      brand,
      photo: provider.photo ? await run.image(provider.photo) : null,
      bio: await run.lexical(provider.bio),
      clinics: run.refs('clinics', provider.clinics),
      therapies: run.refs('therapies', provider.therapies),
      conditions: run.refs('conditions', provider.conditions),
    }))
    run.remember('providers', provider.slug, id)
  }
}

/**
 * The reviews of health pages, once the providers exist (a provider names therapies and
 * conditions, and their reviews name the provider). Only pages this run created get theirs, so a
 * later run never changes a page an editor may have reviewed since; a draft stays a draft.
 */
export async function seedReviews(run: SeedRun, reviews: readonly SeedReview[], drafts: ReadonlySet<string>): Promise<void> {
  for (const review of reviews) {
    const id = run.ref(review.collection, review.slug)
    if (!run.createdNow(review.collection, id)) continue
    const draft = review.collection === 'articles' && drafts.has(review.slug)
    const data = { review: { reviewedBy: run.ref('providers', review.reviewedBy), lastReviewed: review.lastReviewed }, _status: draft ? 'draft' : 'published' }
    await run.payload.update({ collection: review.collection, id, data: data as never, draft, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
  }
}

/**
 * The articles, published or draft. Articles may link to each other in any order: links to
 * articles not created yet are written as text first and put back once every article exists.
 */
export async function seedArticles(run: SeedRun, articles: readonly SeedArticle[]): Promise<void> {
  const relink: { id: Id; body: SeedRichText; status: 'published' | 'draft' }[] = []
  for (const article of articles) {
    const { status, ...fields } = article
    let pending = false
    const id = await run.ensure(
      'articles',
      run.bySlugInBrands(article.slug, article.brands),
      async () => ({
        ...fields,
        brands: run.refs('brands', article.brands),
        author: article.author ? run.ref('authors', article.author) : null,
        body: await run.lexical(article.body, () => {
          pending = true
        }),
        heroImage: article.heroImage ? await run.image(article.heroImage) : null,
        relatedTherapies: run.refs('therapies', article.relatedTherapies),
        relatedConditions: run.refs('conditions', article.relatedConditions),
        faqs: run.refs('faqs', article.faqs),
        seo: { title: article.seo?.title ?? null, description: article.seo?.description ?? null },
      }),
      status,
    )
    run.remember('articles', article.slug, id)
    if (pending) relink.push({ id, body: article.body, status })
  }
  for (const { id, body, status } of relink) {
    const data = { body: await run.lexical(body), _status: status }
    await run.payload.update({ collection: 'articles', id, data: data as never, draft: status === 'draft', overrideAccess: true, context: SEED_CONTEXT })
  }
}
