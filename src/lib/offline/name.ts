/**
 * The offline copy's name, from the site's declaration (site.config.ts `offlineName`): its ZIP is
 * `<name>.zip` and unpacks into a folder `<name>/`. Apart from src/lib/offline/paths.ts, which the
 * browser loads too and so holds no part of the declaration.
 */
import { site } from '../site.ts';

/** The name of the offline copy. */
export const offlineName = site.offlineName;

/** Where the served site keeps the ZIP, relative to the site root. */
export const offlineZipPath = `offline/${offlineName}.zip`;
