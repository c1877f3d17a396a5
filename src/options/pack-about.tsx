/** What one topic pack is, for the options page's About section: title, version, dates, licence, sources. */
import type { TopicPack } from '../shared/pack/types.ts';
import { SourceList, formatIsoDate } from '../shared/ui/sources.tsx';
import { t, tParts } from '../shared/ui/i18n.ts';

export function PackAbout({ pack }: { pack: TopicPack }) {
  return (
    <section data-topic={pack.meta.id}>
      <p data-testid="pack-version">
        {tParts(
          'optionsPackVersion',
          pack.meta.title,
          pack.meta.version,
          <time dateTime={pack.meta.updated}>{formatIsoDate(pack.meta.updated)}</time>,
          <time dateTime={pack.meta.factsAsOf}>{formatIsoDate(pack.meta.factsAsOf)}</time>,
          pack.meta.license,
        )}
      </p>
      {pack.meta.description && <p>{pack.meta.description}</p>}
      <h3>{t('optionsSourcesCount', pack.sources.length)}</h3>
      <SourceList sources={[...pack.sources].sort((a, b) => b.published.localeCompare(a.published))} testId="sources" />
    </section>
  );
}
