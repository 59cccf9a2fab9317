'use client';
/**
 * The reader's layer switch: one checkbox per layer, announced in a live region, controlling which
 * marks the server-rendered text inside shows (through `data-layers`, so the text never re-renders).
 */
import { useId, useState, type ReactNode } from 'react';
import { LAYERS, type Layer } from '@sayswho/core/vocabulary';
import { articleText } from '@/lib/ui-text/article';
import { LayerSamples, type LayerLegendEntry } from './layer-legend';

export interface LayerSwitchProps {
  readonly layers: readonly LayerLegendEntry[];
  readonly initial: readonly Layer[];
  /** Rendered above the switch (the headline), inside the area the switch controls. */
  readonly header?: ReactNode;
  readonly children: ReactNode;
}

export function LayerSwitch({ layers, initial, header, children }: LayerSwitchProps) {
  const [shown, setShown] = useState<readonly Layer[]>(initial);
  const [announcement, setAnnouncement] = useState('');
  const id = useId();

  function toggle(layer: Layer, on: boolean, count: number) {
    setShown((current) => (on ? [...current, layer] : current.filter((l) => l !== layer)));
    setAnnouncement(articleText.announce(LAYERS[layer].label, on, count));
  }

  return (
    <div className="annotated" data-layers={shown.join(' ')}>
      {header}
      <fieldset className="layer-switch">
        <legend>{articleText.togglesLegend}</legend>
        {layers.map(({ layer, count }) => (
          <div key={layer} className="layer-option">
            <input
              type="checkbox"
              id={`${id}-${layer}`}
              checked={shown.includes(layer)}
              onChange={(event) => toggle(layer, event.currentTarget.checked, count)}
            />
            <label htmlFor={`${id}-${layer}`}>
              <span className="layer-name">{LAYERS[layer].label}</span>{' '}
              <span className="layer-count">({articleText.marks(count)})</span>
            </label>
            <LayerSamples layer={layer} />
          </div>
        ))}
      </fieldset>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {children}
    </div>
  );
}
