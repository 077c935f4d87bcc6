/**
 * @clinic/forms: the appointment request form as HTML, CSS and a small script, shared by the
 * brand sites (rendered at build time) and the CMS (its answer to a request sent without
 * JavaScript that has errors), so both show the same form.
 */
export { APPOINTMENT_FORM_CSS } from './appointmentFormCss'
export { APPOINTMENT_FORM_SCRIPT } from './appointmentFormScript'
export type { AppointmentFormClinic, AppointmentFormOptions, AppointmentFormValues, HeadingLevel } from './appointmentFormOptions'
export { CONFIRMATION_TITLE, ERROR_SUMMARY_TITLE, ERROR_TITLE_PREFIX } from './formText'
export { renderAppointmentErrorPage, type AppointmentErrorPageOptions } from './renderAppointmentErrorPage'
export { renderAppointmentForm } from './renderAppointmentForm'
export { type AppointmentPageTheme, themeStyle } from './themeStyle'
export { VISUALLY_HIDDEN_CLASS, VISUALLY_HIDDEN_CSS } from './visuallyHidden'
