/** The format's version line, at the top level of a text: what makes a text a case by its content. */
const VERSION_LINE = /^itcase:[ \t]*1[ \t]*(#.*)?$/m;

export function looksLikeCase(text: string): boolean {
  return VERSION_LINE.test(text);
}
