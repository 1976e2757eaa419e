/** The other languages each page language's search may look in (src/integrations/search-languages.ts). */
declare module 'virtual:search-languages' {
  const table: import('../../lib/search/cross-language').OtherLanguagesTable;
  export default table;
}
