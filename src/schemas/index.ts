import { BreakthroughSchema, OrientationSchema } from './directive.ts';
import { GlossarySchema } from './glossary.ts';
import { SpeechSchema } from './speech.ts';
import { EventSchema, PersonSchema, TargetSchema } from './supporting.ts';

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
