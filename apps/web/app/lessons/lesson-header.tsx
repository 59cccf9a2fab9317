/** The top of a lesson page: title, summary, level and time, objectives and vocabulary. */
import type { LessonFrontmatter } from '@sayswho/lessons';
import { UI } from '@/lib/ui-text';

export function LessonHeader({
  frontmatter,
  banner,
}: {
  frontmatter: LessonFrontmatter;
  banner?: React.ReactNode;
}) {
  return (
    <header className="lesson-header">
      {banner}
      <h1>{frontmatter.title}</h1>
      <p className="lede">{frontmatter.summary}</p>
      <p className="meta">
        {frontmatter.level} · {UI.lesson.minutes(frontmatter.minutes)}
      </p>
      {frontmatter.objectives && frontmatter.objectives.length > 0 && (
        <section className="lesson-objectives">
          <h2>{UI.lesson.objectives}</h2>
          <ul>
            {frontmatter.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
      {frontmatter.vocabulary && frontmatter.vocabulary.length > 0 && (
        <section className="lesson-vocabulary">
          <h2>{UI.lesson.vocabulary}</h2>
          <dl>
            {frontmatter.vocabulary.map(({ term, definition }) => (
              <div key={term}>
                <dt>
                  <dfn>{term}</dfn>
                </dt>
                <dd>{definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </header>
  );
}
