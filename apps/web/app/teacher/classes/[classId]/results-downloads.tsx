/**
 * Links to the class's results as a spreadsheet, as xAPI statements and as a printable report,
 * each saying what it holds.
 */
import { PageLink } from '@/components/page-link';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';

const T = teacherWorkText.exports;

export function ResultsDownloads({ classId }: { classId: string }) {
  const base = `/api/class/teacher/classes/${classId}`;
  return (
    <section aria-labelledby="downloads-heading" className="teacher-section">
      <h2 id="downloads-heading">{T.heading}</h2>
      <ul className="work-downloads">
        <li>
          <a href={`${base}/results.csv`} download>
            {T.csv}
          </a>
          <p className="teacher-field__help">{T.csvHelp}</p>
        </li>
        <li>
          <a href={`${base}/xapi.jsonl`} download>
            {T.xapi}
          </a>
          <p className="teacher-field__help">{T.xapiHelp}</p>
        </li>
        <li>
          <PageLink href={`/teacher/classes/${classId}/report`}>{T.report}</PageLink>
          <p className="teacher-field__help">{T.reportHelp}</p>
        </li>
      </ul>
    </section>
  );
}
