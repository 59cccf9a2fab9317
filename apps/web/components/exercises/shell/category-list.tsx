/**
 * The categories a student sorts into (Classify) or names differences with (Compare), each with its
 * definition. Static: the exercises' server wrappers render it, so it costs the lesson page no JS.
 */
export function CategoryList({
  categories,
}: {
  categories: readonly { id: string; label: string; definition: string }[];
}) {
  return (
    <dl className="ex-categories">
      {categories.map((c) => (
        <div key={c.id}>
          <dt>{c.label}</dt>
          <dd>{c.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
