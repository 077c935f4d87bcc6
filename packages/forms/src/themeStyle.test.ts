import { describe, expect, it } from 'vitest'
import { themeStyle } from './themeStyle'

describe('themeStyle', () => {
  it('writes the four colour properties the site’s and the form’s CSS read, lower-cased', () => {
    expect(themeStyle({ primary: '#1F5C7A', accent: '#c28434', background: '#fbfaf7', text: '#1b1f23' })).toBe(
      '--color-primary: #1f5c7a; --color-accent: #c28434; --color-background: #fbfaf7; --color-text: #1b1f23',
    )
  })

  it('refuses anything but a #rrggbb colour, naming the colour', () => {
    expect(() => themeStyle({ primary: '#1f5c7a', accent: 'red', background: '#fbfaf7', text: '#1b1f23' })).toThrow('theme.accent must be a #rrggbb colour, got "red"')
  })
})
