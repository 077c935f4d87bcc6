import type { Block } from 'payload'

/** A group of questions from the FAQ collection, placed inside an article body. */
export const FaqGroup: Block = {
  slug: 'faqGroup',
  interfaceName: 'FaqGroupBlock',
  labels: { singular: 'FAQ group', plural: 'FAQ groups' },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { description: 'Optional heading above the questions, e.g. "Questions about dry needling".' },
    },
    {
      name: 'faqs',
      label: 'Questions',
      type: 'relationship',
      relationTo: 'faqs',
      hasMany: true,
      required: true,
      minRows: 1,
    },
  ],
}
