/** A labelled choice among a vocabulary's entries (annotation kinds, source types, difference kinds). */
interface Props {
  readonly label: string;
  readonly vocabulary: Readonly<Record<string, { readonly label: string }>>;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function VocabularySelect({ label, vocabulary, value, onChange }: Props) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {Object.entries(vocabulary).map(([id, entry]) => (
          <option key={id} value={id}>
            {entry.label}
          </option>
        ))}
      </select>
    </label>
  );
}
