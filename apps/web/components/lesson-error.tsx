/**
 * A lesson's problems, shown in the page in `next dev` in place of the part they break (or of the
 * whole lesson when the file cannot be read), with the file, line and how to fix it: a teacher
 * previewing a lesson never gets a blank page. A production build stops on the same problems.
 */
import { describeFollowers, type Diagnostic } from '@sayswho/core';
import { UI } from '@/lib/ui-text';
import styles from './lesson-error.module.css';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Messages mark code with backticks, as in a terminal; show those parts as code. */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

export function LessonError({
  diagnostics,
  whole = false,
}: {
  diagnostics: readonly Diagnostic[];
  whole?: boolean;
}) {
  const Heading = whole ? 'h1' : 'h2';
  return (
    <section
      className={styles.error}
      role="alert"
      aria-label={whole ? UI.lesson.error.pageHeading : UI.lesson.error.heading}
    >
      <Heading className={styles.heading}>
        {whole ? UI.lesson.error.pageHeading : UI.lesson.error.heading}
      </Heading>
      <ul className={styles.list}>
        {diagnostics.map((d, i) => (
          <li key={i}>
            <p className={styles.where}>
              <code>
                {d.file}
                {d.line > 0 ? `:${d.line}:${d.column || 1}` : ''}
              </code>{' '}
              {d.severity}
            </p>
            <p className={styles.message}>
              <WithCode text={d.message} />
            </p>
            {d.fix && (
              <p>
                <strong>{UI.lesson.error.fix}:</strong> <WithCode text={d.fix} />
              </p>
            )}
            {d.followers && (
              <p>
                <WithCode text={capitalised(describeFollowers(d)!)} />.
              </p>
            )}
          </li>
        ))}
      </ul>
      {whole && (
        <p>
          <WithCode text={UI.lesson.error.intro} />
        </p>
      )}
    </section>
  );
}
