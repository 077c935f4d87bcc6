import type { Block } from 'payload'

/** A therapy comparison table placed inside an article body, with its advice unless switched off. */
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
    {
      name: 'showAdvice',
      label: 'Show when to choose each therapy and whether they can be combined',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Turn off when the article already says this in its own sections, so readers do not get it twice.' },
    },
  ],
}
