/**
 * The reader's layer switch: one checkbox per layer. It needs no script: the stylesheet shows a
 * layer's marks, markers and notes in the area whose checkbox for that layer is checked
 * (globals.css, `:has`), so the page ships no code for it and it works before any script loads.
 * A screen reader announces each checkbox's state and its count of marks.
 */
import type { ReactNode } from 'react';
import { LAYERS, type Layer } from '@sayswho/core/vocabulary';
import { articleText } from '@/lib/ui-text/article';
import { LayerSamples, type LayerLegendEntry } from './layer-legend';

export interface LayerSwitchProps {
  readonly layers: readonly LayerLegendEntry[];
  readonly initial: readonly Layer[];
  /** Unique on the page: the checkboxes' ids start with it. */
  readonly idPrefix: string;
  /** Rendered above the switch (the headline), inside the area the switch controls. */
  readonly header?: ReactNode;
  readonly children: ReactNode;
}

export function LayerSwitch({ layers, initial, idPrefix, header, children }: LayerSwitchProps) {
  return (
    <div className="annotated">
      {header}
      <fieldset className="layer-switch">
        <legend>{articleText.togglesLegend}</legend>
        {layers.map(({ layer, count }) => (
          <div key={layer} className="layer-option">
            {/* The stylesheet reads `value`: keep it the layer's id. */}
            <input
              type="checkbox"
              id={`${idPrefix}-layer-${layer}`}
              value={layer}
              defaultChecked={initial.includes(layer)}
            />
            <label htmlFor={`${idPrefix}-layer-${layer}`}>
              <span className="layer-name">{LAYERS[layer].label}</span>{' '}
              <span className="layer-count">({articleText.marks(count)})</span>
            </label>
            <LayerSamples layer={layer} />
          </div>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
