/**
 * The privacy notice a new brand starts with: what the appointment form collects, who reads it,
 * how long it is kept (APPOINTMENT_RETENTION_DAYS, 180 days by default) and that the form is not
 * the place for medical details. Each brand should adapt it; the site shows it on /privacy/.
 */
export const DEFAULT_PRIVACY_NOTICE = [
  'This notice explains what happens to the details you send us through the appointment request form on this site.',
  'What we receive: your name, the phone number and/or email address you give, the clinic and treatment you pick, the days and times that suit you, your message, and the time you sent the request. We do not store your IP address or browser details with it.',
  'Why: only so that our front-desk team can contact you about this request. The request goes to the staff of the clinic you chose; we do not sell it, share it for marketing or add you to a mailing list.',
  'Please keep medical details out of the form. Symptoms, diagnoses, test results and insurance numbers belong in a conversation with your clinician, not in a web form; we will ask for what we need when we call you back.',
  'How long: requests are deleted automatically six months after they arrive. To see what we hold about you, or to have it deleted sooner, contact us by phone or email.',
].join('\n\n')
