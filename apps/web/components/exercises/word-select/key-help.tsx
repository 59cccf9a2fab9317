/** The keys and gestures for marking words, always on screen beside the passage. */
import { pickerText } from '@/lib/ui-text/picker';

export function KeyHelp({ id }: { id: string }) {
  return (
    <div className="key-help" id={id}>
      <p className="key-help__title">{pickerText.keysHeading}</p>
      <ul className="key-help__keys">
        {pickerText.keys.map(([keys, what]) => (
          <li key={keys}>
            <kbd>{keys}</kbd> {what}
          </li>
        ))}
      </ul>
      <p className="key-help__pointer">{pickerText.pointerHelp}</p>
    </div>
  );
}
