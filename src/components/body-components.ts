import { bodyMarkers } from '../lib/entry-body';
import Quote from './Quote.astro';

/** What an entry's MDX body is rendered with, inside `<EntryBody>`: the components content may use. */
export const bodyComponents = { ...bodyMarkers, Quote };
