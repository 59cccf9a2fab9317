/**
 * How each layer looks on the text: a sample of every mark style with its name, so the legend
 * teaches the patterns (never colour alone). Used by the layer switch and by fixed-layer views.
 */
import { ANNOTATION_KINDS, ATTRIBUTION_ROLES, LAYERS, type Layer } from '@sayswho/core/vocabulary';
import { articleText } from '@/lib/ui-text/article';

const SAMPLES: Record<Layer, { style: string; label: string }[]> = {
  attribution: (['source', 'cue', 'content'] as const).map((role) => ({
    style: role,
    label: ATTRIBUTION_ROLES[role].label,
  })),
  claims: [
    { style: 'claim', label: LAYERS.claims.label },
    { style: 'disclaimer', label: ANNOTATION_KINDS.disclaimer.label },
  ],
  'loaded-wording': [{ style: 'loaded', label: LAYERS['loaded-wording'].label }],
  structure: [{ style: 'structure', label: LAYERS.structure.label }],
};

export function LayerSamples({ layer }: { layer: Layer }) {
  return (
    <span className="layer-samples" aria-hidden="true">
      {SAMPLES[layer].map((sample) => (
        <span key={sample.style} className={`sample m-${sample.style}`}>
          {sample.label}
        </span>
      ))}
      <sup className={`ref-sample ref--${layer}`}>{articleText.layerCode[layer]}1</sup>
    </span>
  );
}

export interface LayerLegendEntry {
  readonly layer: Layer;
  readonly count: number;
}

/** A static legend, for views whose layers are fixed (an answer key, a printed page). */
export function LayerLegend({ layers }: { layers: readonly LayerLegendEntry[] }) {
  return (
    <ul className="layer-legend" aria-label={articleText.legend}>
      {layers.map(({ layer, count }) => (
        <li key={layer}>
          <span className="layer-name">{LAYERS[layer].label}</span>{' '}
          <span className="layer-count">({articleText.marks(count)})</span>{' '}
          <LayerSamples layer={layer} />
        </li>
      ))}
    </ul>
  );
}
