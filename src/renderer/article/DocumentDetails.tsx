/**
 * The article's title and metadata, edited in place and saved automatically.
 */
import type { DocumentSession, SessionSnapshot } from './documentSession';

export function DocumentDetails({ session, snapshot }: { session: DocumentSession; snapshot: SessionSnapshot }) {
  const { document } = snapshot;
  return (
    <header className="article-header">
      <textarea
        className="article-title"
        aria-label="Article title"
        rows={1}
        value={document.title}
        onChange={(event) => session.updateMeta({ title: event.target.value.replace(/\s*\n\s*/g, ' ') })}
        onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), session.focusEditor())}
        onBlur={(event) => event.target.value.trim() === '' && session.updateMeta({ title: 'Untitled article' })}
      />
      <details className="article-details">
        <summary>Details{document.byline ? ` · ${document.byline}` : ''}</summary>
        <div className="details-grid">
          <label>
            Byline
            <input value={document.byline} onChange={(event) => session.updateMeta({ byline: event.target.value })} />
          </label>
          <label>
            Source URL
            <input type="url" value={document.sourceUrl} onChange={(event) => session.updateMeta({ sourceUrl: event.target.value })} />
          </label>
          <label>
            Published
            <input
              type="date"
              value={document.publishedAt?.slice(0, 10) ?? ''}
              onChange={(event) => session.updateMeta({ publishedAt: event.target.value || null })}
            />
          </label>
          <label>
            Language
            <input
              value={document.language}
              placeholder="en"
              onChange={(event) => session.updateMeta({ language: event.target.value.trim() })}
            />
          </label>
        </div>
      </details>
    </header>
  );
}
