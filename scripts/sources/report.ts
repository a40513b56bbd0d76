import type { SourceResult, WatchReport } from './watch';

/** The last line of every run, human or JSON: `sources: N checked, N unchanged, N changed, N moved, N dead, N unreachable`. */
export function summaryLine(report: WatchReport): string {
  const { counts } = report;
  return `sources: ${counts.checked} checked, ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.moved} moved, ${counts.dead} dead, ${counts.unreachable} unreachable`;
}

const WHAT_TO_DO: Record<SourceResult['finding'], string> = {
  unchanged: '',
  changed: 'Re-read the page, fix the facts listed above that it no longer supports (and the source\'s readOn), then accept',
  moved: 'Put the new address in the url of each entry listed above (after checking it is the same page), then run again',
  dead: 'Find the page\'s new address or an equal source; if there is none, mark the facts listed above published: false with a checkAt page',
  unreachable: 'Nothing to do unless it stays unreachable for several weeks; then open it in a browser',
};

function citationLines(result: SourceResult): string[] {
  const lines: string[] = [];
  for (const citation of result.citations) {
    if (citation.facts.length === 0) {
      lines.push(`    ${citation.file} ${citation.entry}${citation.linkOnly ? ' (linked, not read)' : ''}`);
      continue;
    }
    for (const fact of citation.facts) lines.push(`    ${citation.file} ${fact.path}${fact.via === 'source' ? '' : ` (${fact.via})`}: ${fact.shown}`);
  }
  return lines;
}

function resultBlock(result: SourceResult): string[] {
  const lines = [`${result.finding.toUpperCase()}${result.accepted ? ' (accepted now)' : ''}  ${result.id}  ${result.url}`, `  ${result.title}${result.kind ? ` · ${result.kind}` : ''}`, `  ${result.reason}`];
  if (result.diff.length > 0) lines.push('  what changed:', ...result.diff.map((line) => `    ${line}`));
  if (result.finding === 'moved' && result.movedTo) lines.push(`  new address: ${result.movedTo}`);
  if (result.redirects.length > 0 && result.finding !== 'moved') lines.push(`  redirects: ${result.redirects.map((hop) => `${hop.status} → ${hop.to}`).join(', ')}`);
  lines.push('  cited by:', ...citationLines(result));
  if (!result.accepted) lines.push(`  → ${WHAT_TO_DO[result.finding]}${result.finding === 'changed' ? `: npm run sources -- --accept ${result.id}` : ''}`);
  return lines;
}

/**
 * The report an editor reads. Sources needing an editor come first (changed, moved, dead), then unreachable ones,
 * then the facts due for review and the source problems; unchanged sources are only counted. A run that finds
 * nothing prints only the summary line.
 */
export function humanReport(report: WatchReport): string {
  const lines: string[] = [];
  const order: Array<SourceResult['finding']> = ['changed', 'moved', 'dead', 'unreachable'];
  for (const finding of order) {
    const results = report.results.filter((result) => result.finding === finding);
    if (finding === 'unreachable' && report.offline) {
      lines.push(`OFFLINE: no cited page answered (${results.length} unreachable, for example ${results[0]?.reason ?? 'no answer'}). Nothing was compared; run again with a network connection.`, '');
      lines.push(...results.map((result) => `UNREACHABLE  ${result.id}  ${result.url}`), '');
      continue;
    }
    for (const result of results) lines.push(...resultBlock(result), '');
  }
  if (report.due.length > 0) {
    lines.push(`DUE FOR REVIEW: ${report.due.length} ${report.due.length === 1 ? 'fact rests' : 'facts rest'} on sources last read too long ago`);
    for (const fact of report.due) {
      const when = fact.readOn ? `read ${fact.readOn}, reviewed ${fact.rule}: due since ${fact.dueOn}` : `never read (no readOn), reviewed ${fact.rule}`;
      lines.push(`  ${fact.file} ${fact.path}: ${fact.shown} (source ${fact.sourceId}, ${when})`);
    }
    lines.push('  → Re-read each source and update its readOn (CONTRIBUTING §5 "How current a source is")', '');
  }
  if (report.problems.length > 0) {
    lines.push(`SOURCE PROBLEMS: ${report.problems.length} (the build rejects these too)`);
    for (const problem of report.problems) lines.push(`  ${problem.file}${problem.field ? ` ${problem.field}` : ''}: ${problem.message}`);
    lines.push('');
  }
  for (const item of report.notAccepted) lines.push(`NOT ACCEPTED  ${item.id}: ${item.why}`);
  if (report.notAccepted.length > 0) lines.push('');
  lines.push(summaryLine(report));
  return lines.join('\n');
}

/** The same report for machines: every source with its finding, the due facts, the problems and the summary line. */
export function jsonReport(report: WatchReport): string {
  return JSON.stringify({ ...report, summary: summaryLine(report) }, null, 2);
}
