/**
 * "Show the key" for one exercise: a checkbox whose state CSS reads (`.results-scope:has(...)`),
 * so the key's underlines, the right answers and the legend appear with no script. Put it inside
 * the `.results-scope` element that holds what it reveals (`.results-scope--keyed` shows it always).
 */
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function KeyToggle({ withLegend }: { withLegend: boolean }) {
  return (
    <div className="key-toggle">
      <label>
        <input type="checkbox" className="key-toggle__input" /> {T.heatmap.showKey}
      </label>
      {withLegend && <KeyLegend />}
    </div>
  );
}

/** How the key is drawn on a heatmap; on its own where the key is always shown (the report). */
export function KeyLegend() {
  return (
    <ul className="key-toggle__legend key-only">
      <li>
        <span className="heat-key">{T.heatmap.legendKey}</span>
      </li>
      <li>
        <span className="heat-key heat-key--borderline">{T.heatmap.legendBorderline}</span>
      </li>
    </ul>
  );
}
