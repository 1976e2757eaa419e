import type { UiKey, useTranslations } from '../i18n';
import { kinds } from '../kinds/index.ts';
import type { AnyEntry } from './entries';

/** What kind of entry this is, for readers: "Định hướng · Thứ hai" for numbered items, else "Nhân vật". */
export function typeLabelOf(entry: AnyEntry, tr: ReturnType<typeof useTranslations>): string {
  const singular = tr(kinds[entry.collection].labels.singular as UiKey);
  return 'ordinal' in entry.data ? `${singular} · ${entry.data.ordinal}` : singular;
}
