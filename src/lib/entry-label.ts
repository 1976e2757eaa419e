import type { UiKey, useTranslations } from '../i18n';
import { kinds } from '../kinds/index.ts';
import type { AnyEntry } from './entries';

/**
 * What kind of entry this is, for readers: "Định hướng · Thứ hai" for numbered items, the text's own
 * kind where entries differ ("Bài trả lời phỏng vấn"), else the kind's name ("Nhân vật").
 */
export function typeLabelOf(entry: AnyEntry, tr: ReturnType<typeof useTranslations>): string {
  const kind = kinds[entry.collection] as { entryLabel?: (data: AnyEntry['data']) => string; labels: { singular: string } };
  const singular = tr((kind.entryLabel?.(entry.data) ?? kind.labels.singular) as UiKey);
  return 'ordinal' in entry.data ? `${singular} · ${entry.data.ordinal}` : singular;
}
