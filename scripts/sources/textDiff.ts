/**
 * A short diff of two main texts for the report: the lines (blocks) only in the old text ("- ") and only in the
 * new one ("+ "), in page order, each cut to `width` characters, at most `maxLines` in all (then "… N more").
 * Lines that only moved are not listed: an editor re-reads the facts, not the layout.
 */
export function textDiff(before: string, after: string, maxLines = 12, width = 160): string[] {
  const oldLines = before === '' ? [] : before.split('\n');
  const newLines = after === '' ? [] : after.split('\n');
  const count = (lines: string[]) => {
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
    return counts;
  };
  const only = (lines: string[], other: Map<string, number>) =>
    lines.filter((line) => {
      const left = other.get(line) ?? 0;
      if (left > 0) {
        other.set(line, left - 1);
        return false;
      }
      return true;
    });
  const removed = only(oldLines, count(newLines)).map((line) => `- ${cut(line, width)}`);
  const added = only(newLines, count(oldLines)).map((line) => `+ ${cut(line, width)}`);
  const all = [...removed, ...added];
  return all.length > maxLines ? [...all.slice(0, maxLines), `… ${all.length - maxLines} more changed lines`] : all;
}

const cut = (line: string, width: number): string => (line.length > width ? `${line.slice(0, width - 1)}…` : line);
