/** /join in the static export: a static copy has no class server, and says how to start one. */
import type { Metadata } from 'next';
import { classText } from '@/lib/ui-text/class';

export const metadata: Metadata = { title: classText.staticTitle };

export default function JoinStaticPage() {
  return (
    <div className="prose">
      <h1>{classText.staticTitle}</h1>
      <p>{classText.staticIntro}</p>
      <pre>
        <code>{classText.staticCommand}</code>
      </pre>
    </div>
  );
}
