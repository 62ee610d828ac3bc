/** The words around a finding, cut at word boundaries where possible, for the flag's excerpt. */
export function excerptAround(
  text: string,
  hit: { readonly start: number; readonly end: number },
  context = 60,
): string {
  let from = Math.max(0, hit.start - context);
  let to = Math.min(text.length, hit.end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < hit.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > hit.end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
