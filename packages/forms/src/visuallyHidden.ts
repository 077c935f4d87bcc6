/** The class that hides text from sight but not from screen readers, on the sites and the form. */
export const VISUALLY_HIDDEN_CLASS = 'visually-hidden'

/**
 * Its one definition: the site's layout and the CMS's no-JavaScript error page both include it,
 * and the form's markup and script use the class.
 */
export const VISUALLY_HIDDEN_CSS = `.${VISUALLY_HIDDEN_CLASS}{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}`
