import * as migration_20261122_203817_initial from './20261122_203817_initial';
import * as migration_20261122_215714_rebuilds from './20261122_215714_rebuilds';
import * as migration_20261122_224459_editorial_workflow from './20261122_224459_editorial_workflow';
import * as migration_20261122_234013_appointment_requests from './20261122_234013_appointment_requests';
import * as migration_20261203_084108_imports_redirects_rich_advice from './20261203_084108_imports_redirects_rich_advice';
import * as migration_20261203_085047_import_proposal_decisions from './20261203_085047_import_proposal_decisions';
import * as migration_20261203_110213_scale_out_jobs_limits_storage from './20261203_110213_scale_out_jobs_limits_storage';
import * as migration_20261203_135418_providers_and_reviews from './20261203_135418_providers_and_reviews';
import * as migration_20261203_142844_provider_redirects from './20261203_142844_provider_redirects';
import * as migration_20261203_151450_admin_fixes from './20261203_151450_admin_fixes';
import * as migration_20261203_172807_editors_experience from './20261203_172807_editors_experience';

export const migrations = [
  {
    up: migration_20261122_203817_initial.up,
    down: migration_20261122_203817_initial.down,
    name: '20261122_203817_initial',
  },
  {
    up: migration_20261122_215714_rebuilds.up,
    down: migration_20261122_215714_rebuilds.down,
    name: '20261122_215714_rebuilds',
  },
  {
    up: migration_20261122_224459_editorial_workflow.up,
    down: migration_20261122_224459_editorial_workflow.down,
    name: '20261122_224459_editorial_workflow',
  },
  {
    up: migration_20261122_234013_appointment_requests.up,
    down: migration_20261122_234013_appointment_requests.down,
    name: '20261122_234013_appointment_requests',
  },
  {
    up: migration_20261203_084108_imports_redirects_rich_advice.up,
    down: migration_20261203_084108_imports_redirects_rich_advice.down,
    name: '20261203_084108_imports_redirects_rich_advice',
  },
  {
    up: migration_20261203_085047_import_proposal_decisions.up,
    down: migration_20261203_085047_import_proposal_decisions.down,
    name: '20261203_085047_import_proposal_decisions',
  },
  {
    up: migration_20261203_110213_scale_out_jobs_limits_storage.up,
    down: migration_20261203_110213_scale_out_jobs_limits_storage.down,
    name: '20261203_110213_scale_out_jobs_limits_storage',
  },
  {
    up: migration_20261203_135418_providers_and_reviews.up,
    down: migration_20261203_135418_providers_and_reviews.down,
    name: '20261203_135418_providers_and_reviews',
  },
  {
    up: migration_20261203_142844_provider_redirects.up,
    down: migration_20261203_142844_provider_redirects.down,
    name: '20261203_142844_provider_redirects',
  },
  {
    up: migration_20261203_151450_admin_fixes.up,
    down: migration_20261203_151450_admin_fixes.down,
    name: '20261203_151450_admin_fixes',
  },
  {
    up: migration_20261203_172807_editors_experience.up,
    down: migration_20261203_172807_editors_experience.down,
    name: '20261203_172807_editors_experience'
  },
];
