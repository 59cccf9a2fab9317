import { UI } from '@/lib/ui-text';

export default function HomePage() {
  return (
    <div className="prose">
      <h1>{UI.tagline}</h1>
      <p>Lessons are on their way.</p>
    </div>
  );
}
