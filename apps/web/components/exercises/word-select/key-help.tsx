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

/**
 * An exercise's key help and the id its passage's `aria-describedby` names, for the exercise's
 * server wrapper to hand its island: static text rendered on the server costs the lesson page no
 * JavaScript (it paid for the script that runs the page's chunks after its first paint).
 */
export function keyHelpOf(exerciseId: string) {
  const helpId = `${exerciseId}-keys`;
  return { helpId, keyHelp: <KeyHelp id={helpId} /> };
}
