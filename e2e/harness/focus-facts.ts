/**
 * What the layout checks read in the browser about the focused element and horizontal
 * overflow. Both functions are sent to the page by `page.evaluate`, so they use nothing
 * outside their own bodies.
 */

export interface FocusFacts {
  tag: string
  href: string | null
  text: string
  outlineStyle: string
  outlineWidth: string
  boxShadow: string
  /** The element's box lies inside the viewport and is at least 1×1 px. */
  onScreen: boolean
  /** The topmost element at the centre of its box is the element (or inside it): nothing covers it. */
  uncovered: boolean
  rect: { left: number; top: number; width: number; height: number }
}

/** The focused element, or null when focus is on the body. */
export function focusedElementFacts(): FocusFacts | null {
  const element = document.activeElement
  if (element === null || element === document.body || !(element instanceof HTMLElement)) return null
  const style = getComputedStyle(element)
  const rect = element.getBoundingClientRect()
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
  return {
    tag: element.tagName.toLowerCase(),
    href: element.getAttribute('href'),
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
    onScreen: rect.width >= 1 && rect.height >= 1 && rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth && rect.bottom <= window.innerHeight,
    uncovered: hit !== null && (hit === element || element.contains(hit)),
    rect: { left: Math.round(rect.left), top: Math.round(rect.top), width: Math.round(rect.width), height: Math.round(rect.height) },
  }
}

/** Whether focus is visible: a non-`none` outline of some width, or a box shadow. */
export function hasFocusIndicator(facts: FocusFacts): boolean {
  return (facts.outlineStyle !== 'none' && Number.parseFloat(facts.outlineWidth) > 0) || (facts.boxShadow !== '' && facts.boxShadow !== 'none')
}

export interface OverflowFacts {
  scrollWidth: number
  /** Up to five elements reaching past the right edge of the viewport, as `tag.class#id (right px)`. */
  widest: string[]
}

/** How wide the page scrolls, and which elements stick out when it is too wide. */
export function horizontalOverflow(): OverflowFacts {
  const scrollWidth = document.documentElement.scrollWidth
  const widest =
    scrollWidth <= window.innerWidth
      ? []
      : Array.from(document.body.querySelectorAll<HTMLElement>('*'))
          .map((element) => ({ element, right: element.getBoundingClientRect().right }))
          .filter(({ right }) => right > window.innerWidth + 0.5)
          .sort((a, b) => b.right - a.right)
          .slice(0, 5)
          .map(({ element, right }) => {
            const classes = typeof element.className === 'string' && element.className.trim() !== '' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
            return `${element.tagName.toLowerCase()}${classes}${element.id ? `#${element.id}` : ''} (right edge ${Math.round(right)} px)`
          })
  return { scrollWidth, widest }
}
