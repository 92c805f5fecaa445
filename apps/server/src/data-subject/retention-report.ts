import type { RetentionReport } from './retention.service.js';

/** The job's report for a terminal or a log: counts per country and centre, case codes only. */
export function formatRetentionReport(report: RetentionReport): string {
  const day = report.asOf.slice(0, 10);
  const lines = [
    report.dryRun
      ? `Retention check as of ${day} (dry run: nothing was changed).`
      : `Retention run as of ${day}.`,
  ];
  if (!report.countries.length) {
    lines.push("No closed case is past its country's retention period.");
    return lines.join('\n');
  }
  let total = 0;
  for (const country of report.countries) {
    total += country.total;
    lines.push(
      `${country.countryCode} (closed cases anonymised ${country.retentionYears} years after closing): ${country.total} case${country.total === 1 ? '' : 's'}`,
    );
    for (const centre of country.centres) {
      lines.push(`  ${centre.centreCode} ${centre.centreName}: ${centre.caseCodes.length}`);
      lines.push(`    ${centre.caseCodes.join(', ')}`);
    }
  }
  lines.push(
    report.dryRun
      ? `Total: ${total} case${total === 1 ? '' : 's'} would be anonymised.`
      : `Total: ${report.anonymised} case${report.anonymised === 1 ? '' : 's'} anonymised.`,
  );
  return lines.join('\n');
}
