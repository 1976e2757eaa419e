import { t } from '../i18n';
import { oncePerBuild } from './build-cache';
import { entriesOf } from './entries';
import type { LinkableTerm } from './glossary';
import type { Lang } from './languages';
import { pagePath, withBase } from './urls';

// Every ¶ of every speech links the same terms: by language.
const built = new Map<string, Promise<LinkableTerm[]>>();

/** The glossary's terms in `lang`, as speech paragraphs link them. */
export function linkableTerms(lang: Lang): Promise<LinkableTerm[]> {
  return oncePerBuild(built, lang, () =>
    entriesOf('glossary', lang).then((entries) =>
      entries.map((term) => ({
        forms: term.data.matches,
        href: withBase(import.meta.env.BASE_URL, pagePath(lang, 'glossary', term.slug)),
        label: t(lang, 'glossary.linkLabel', { term: term.data.title }),
      })),
    ),
  );
}
