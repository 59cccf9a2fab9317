import { PageLink } from '@/components/page-link';
import { UI } from '@/lib/ui-text';

export const metadata = { title: UI.notFound.title };

export default function NotFound() {
  return (
    <div className="prose">
      <h1>{UI.notFound.title}</h1>
      <p>{UI.notFound.body}</p>
      <p>
        <PageLink href="/">{UI.notFound.back}</PageLink>
      </p>
    </div>
  );
}
