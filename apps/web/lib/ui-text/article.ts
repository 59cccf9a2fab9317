/** Interface text of the annotated article: marks, layers and notes. Part of UI (./index.ts). */
export const articleText = {
  /** Short codes on the note markers, one letter per layer (the legend explains them). */
  layerCode: { attribution: 'A', claims: 'C', 'loaded-wording': 'L', structure: 'P' },
  togglesLegend: 'Show on the text',
  legend: 'Key to the marks',
  paragraph: 'Paragraph',
  headline: 'Headline',
  summaryBox: 'Summary box',
  notesHeading: 'What the marks mean',
  noteRef: (layer: string) => `, note on ${layer}`,
  backToText: (code: string) => `Back to ${code} in the text`,
  marks: (count: number) => (count === 1 ? '1 mark' : `${count} marks`),
  source: 'Source',
  cue: 'Cue',
  sourceType: 'Kind of source',
  status: 'Why it is unverified',
  restsOn: 'Rests on',
  alternatives: 'Plainer words',
  borderline: 'Borderline: careful readers may disagree about this one.',
  teacherNote: 'Teacher note',
  creditHeading: 'Credit',
} as const;
