import type { App } from '../../app-types.js';
import { registerCreateProgramme } from './create-programme.js';
import { registerDeleteProgramme } from './delete-programme.js';
import { registerGetFinderFacility } from './get-finder-facility.js';
import { registerGetNetworkFacility } from './get-network-facility.js';
import { registerListFinderFacilities } from './list-finder-facilities.js';
import { registerUpdateProgramme } from './update-programme.js';

/**
 * The care network's routes (issue 11 §1, §2): the public finder, and the admin's facility view and
 * programmes (the facility profile itself goes through `POST`/`PATCH /api/facilities`).
 *
 * @param app - The app (with a database).
 */
export function registerCareNetworkRoutes(app: App): void {
  registerListFinderFacilities(app);
  registerGetFinderFacility(app);
  registerGetNetworkFacility(app);
  registerCreateProgramme(app);
  registerUpdateProgramme(app);
  registerDeleteProgramme(app);
}
