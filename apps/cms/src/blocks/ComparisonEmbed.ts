import type { Block } from 'payload'

/** A therapy comparison table placed inside an article body. */
export const ComparisonEmbed: Block = {
  slug: 'comparisonEmbed',
  interfaceName: 'ComparisonEmbedBlock',
  labels: { singular: 'Comparison', plural: 'Comparisons' },
  fields: [
    {
      name: 'comparison',
      type: 'relationship',
      relationTo: 'comparisons',
      required: true,
    },
  ],
}
