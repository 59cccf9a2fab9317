/** The keys and gestures for marking words, always on screen beside the passage. */
import { UI } from '@/lib/ui-text';

export function KeyHelp({ id }: { id: string }) {
  return (
    <div className="key-help" id={id}>
      <p className="key-help__title">{UI.picker.keysHeading}</p>
      <ul className="key-help__keys">
        {UI.picker.keys.map(([keys, what]) => (
          <li key={keys}>
            <kbd>{keys}</kbd> {what}
          </li>
        ))}
      </ul>
      <p className="key-help__pointer">{UI.picker.pointerHelp}</p>
    </div>
  );
}
