/*
 * Small line icons for the grid's buttons, drawn in the text colour. Inline SVG rather than
 * emoji: not every system has an emoji font, and the admin should look the same everywhere.
 * Each is decorative; its button carries the name.
 */

const props = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const

/** A chain link. */
export const LinkIcon = () => (
  <svg {...props}>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1" />
    <path d="M9 11.5l-1 1a2.5 2.5 0 01-3.5-3.5l1-1" />
  </svg>
)

/** A broken chain link. */
export const UnlinkIcon = () => (
  <svg {...props}>
    <path d="M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1" />
    <path d="M9 11.5l-1 1a2.5 2.5 0 01-3.5-3.5l1-1" />
    <path d="M2.5 2.5l2 2M13.5 13.5l-2-2" />
  </svg>
)

/** A waste bin. */
export const DeleteIcon = () => (
  <svg {...props}>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.5 8.5h6l.5-8.5" />
  </svg>
)
