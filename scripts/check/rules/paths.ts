import { languages } from '../../../src/lib/languages.ts';
import { collectionNames } from '../../../src/kinds/index.ts';
import { report, type Corpus } from '../corpus.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { suggestion } from '../suggest.ts';

/** Files whose path does not say which collection and which language they belong to. */
export function checkPaths(corpus: Corpus): Diagnostic[] {
  return corpus.misplaced.map((file) => {
    const [, collection, lang] = file.path.split('/');
    if (collection && !(collectionNames as readonly string[]).includes(collection) && file.path.split('/').length === 4) {
      return report(
        file,
        'unknown-collection',
        `no collection \`${collection}\`${suggestion(collection, collectionNames)}; move the file to content/<collection>/<lang>/ where <collection> is one of ${collectionNames.join(', ')}`,
      );
    }
    const where = lang && (languages as readonly string[]).includes(lang) ? 'the file name must end in .mdx' : `\`${lang ?? ''}\` is not a language`;
    return report(
      file,
      'unknown-language',
      `cannot tell the language from the path (${where}); put the file at content/<collection>/<lang>/<id>.mdx where <lang> is one of the site's languages (${languages.join(', ')}; site.config.ts)`,
    );
  });
}
