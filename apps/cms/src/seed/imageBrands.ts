import type { SeedImage, SeedNetwork, SeedRichText } from './types'

/** The file name a seed image is uploaded under, by which a later run finds it. */
export const imageFilename = (seed: Pick<SeedImage, 'key'>) => `${seed.key}.jpg`

/** The slugs of the brands that show each seed image (by key): the brands of every document using it. */
export function imageBrands(network: SeedNetwork): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>()
  const use = (image: SeedImage | null | undefined, brands: readonly string[]) => {
    if (!image) return
    const slugs = usage.get(image.key) ?? new Set<string>()
    for (const brand of brands) slugs.add(brand)
    usage.set(image.key, slugs)
  }
  // The seed uploads images at the top level of a body only (see `SeedRun.lexical`).
  const inBody = (body: SeedRichText, brands: readonly string[]) => {
    for (const node of body) if (node.type === 'image') use(node.image, brands)
  }
  for (const brand of network.brands) use(brand.logo, [brand.slug])
  for (const author of network.authors) use(author.photo, author.brands)
  for (const provider of network.providers) use(provider.photo, [provider.brand])
  for (const therapy of network.therapies) inBody(therapy.howItWorks, therapy.brands)
  for (const condition of network.conditions) inBody(condition.body, condition.brands)
  for (const faq of network.faqs) inBody(faq.answer, faq.brands)
  for (const article of network.articles) {
    use(article.heroImage, article.brands)
    inBody(article.body, article.brands)
  }
  return usage
}
