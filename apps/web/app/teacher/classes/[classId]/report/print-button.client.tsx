'use client';
/** Opens the browser's print dialog; printing itself leaves it out (buttons never print). */
import { classResultsText as T } from '@/lib/ui-text/class-results';

export function PrintButton() {
  return (
    <button type="button" className="ex-button" onClick={() => window.print()}>
      {T.report.print}
    </button>
  );
}
