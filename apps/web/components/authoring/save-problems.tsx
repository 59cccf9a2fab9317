/** The problems that stopped a save, in place above its button: nothing was written. */
import { authoringText as T } from '@/lib/ui-text/authoring';

export function SaveProblems({ problems }: { problems: readonly string[] }) {
  return (
    <div role="alert" className="author-problems">
      {problems.length > 0 && (
        <>
          <p>{T.problemsHeading}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
