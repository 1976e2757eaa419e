import { BreakthroughSchema, OrientationSchema } from './directive';
import { GlossarySchema } from './glossary';
import { SpeechSchema } from './speech';
import { EventSchema, PersonSchema, TargetSchema } from './supporting';

/** One schema per collection; the collection name is the folder under content/. */
export const collectionSchemas = {
  speeches: SpeechSchema,
  orientations: OrientationSchema,
  breakthroughs: BreakthroughSchema,
  people: PersonSchema,
  events: EventSchema,
  targets: TargetSchema,
  glossary: GlossarySchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
