/**
 * The download's file name: the class's name in plain ASCII (a header carries it; accents and
 * quotes would need escaping there) and the day, so a teacher's exports sort and never clash.
 */
/** `ending`: what follows the day, e.g. `-results.csv`; the class's whole data is `.jsonl`. */
export function exportFileName(className: string, day: string, ending = '.jsonl'): string {
  const slug = className
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `sayswho-${slug || 'class'}-${day}${ending}`;
}
