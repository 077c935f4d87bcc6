/**
 * Appointment requests from the brand sites: the public endpoint, the clinic's email, retention.
 * See "Appointment requests" in apps/cms/README.md.
 */
export { submitAppointment, submitAppointmentEndpoint } from './submitEndpoint'
export { appointmentRateLimiter } from './checkRequest'
export { APPOINTMENT_WRITE_CONTEXT } from './storeRequest'
export { NOTIFY_APPOINTMENT_REQUEST, notifyAppointmentRequest, notifyAppointmentRequestTask, recordNotification } from './notifyAppointmentRequest'
export {
  PRUNE_APPOINTMENT_REQUESTS_CRON,
  PRUNE_APPOINTMENT_REQUESTS_QUEUE,
  type PruneAppointmentRequestsOptions,
  pruneAppointmentRequests,
  pruneAppointmentRequestsTask,
} from './pruneAppointmentRequests'
export { notificationEmail } from './notificationEmail'
