/**
 * The real highlighter over the five seed articles: each article must highlight the entries its
 * reader needs, and the longer, specific aliases must win over "land mine" / "anti-personnel mine".
 * The articles are not in the repository (they are not ours to copy); they are read from
 * ../shared/articles, or SHARED_DIR, as the e2e fixture server does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globalPage } from '../global-dom.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { ROOT, SHARED_ARTICLES } from '../../../scripts/lib/paths.ts';
import { articlePage } from '../../../scripts/lib/shared-material.ts';

interface Need {
  /** Entries that must be highlighted somewhere in the article. */
  entries: string[];
  /** Phrases as the article words them, and the entry their highlight must open. */
  phrases: [string, string][];
}

const NEEDS: Record<string, Need> = {
  '000_fcdd47fa906689f0.txt': {
    entries: ['memo', 'hegseth', 'korea', 'commanders', 'ottawa', 'withdrawals', 'stockpile', 'gao', 'reliability', 'ukraine-2024', 'ukraine-use', 'apii', 'casualties', 'hmap', 'leahy', 'yager', 'policy-2020', 'policy-2022', 'erw', 'non-persistent'],
    phrases: [['More than 160 countries', 'ottawa'], ['withdrawing from the agreement', 'withdrawals'], ['Government Accountability Office', 'gao'], ['smart mine', 'non-persistent']],
  },
  '001_33bc3bd6ffe74817.txt': {
    entries: ['memo', 'hegseth', 'review', 'korea', 'commanders', 'destruction', 'interim', 'ottawa', 'withdrawals', 'ukraine-2024', 'ukraine-use', 'russia-mines', 'hmap', 'casualties', 'leahy', 'kimball', 'yager', 'pentagon', 'erw', 'stockpile', 'policy-2022', 'self-deactivation'],
    phrases: [['land mine ban treaty', 'ottawa'], ['More than 160 countries', 'ottawa'], ['December memo', 'memo'], ['within 90 days', 'review'], ['geographic constraints', 'korea']],
  },
  '002_c1b1be42f4b213b7.txt': {
    entries: ['memo', 'hegseth', 'korea', 'commanders', 'interim', 'ottawa', 'withdrawals', 'pevkur', 'leahy', 'aca', 'policy-2020', 'policy-2022', 'pentagon', 'russia-mines', 'stockpile'],
    phrases: [['Anti-Personnel Mine Ban Convention', 'ottawa'], ['164 countries', 'ottawa'], ['withdrawing from the convention', 'withdrawals'], ['ACA', 'aca'], ['DMZ', 'korea']],
  },
  '003_0935264971cce926.txt': {
    entries: ['memo', 'hegseth', 'review', 'korea', 'commanders', 'destruction', 'ottawa', 'withdrawals', 'pentagon', 'russia-mines'],
    phrases: [['Finland’s recent withdrawal', 'withdrawals'], ['Hegseth’s memo', 'memo'], ['commanding officers in combat zones', 'commanders']],
  },
  '004_b0d3e16473d12059.txt': {
    entries: ['memo', 'hegseth', 'review', 'korea', 'commanders', 'destruction', 'interim', 'ottawa', 'withdrawals', 'hmap', 'erw', 'pentagon', 'self-deactivation'],
    phrases: [['Over 160 nations', 'ottawa'], ['1997 treaty', 'ottawa'], ['Under Secretary of Defense for Policy', 'review'], ['South Korea’s defence', 'korea'], ['deactivation features', 'self-deactivation']],
  },
};

const missing = Object.keys(NEEDS).filter((f) => !existsSync(path.join(SHARED_ARTICLES, f)));
const skip = missing.length
  ? `${SHARED_ARTICLES} lacks ${missing.length} seed article(s) (${missing.join(', ')}); put the shared research folder beside the repository or set SHARED_DIR to it`
  : false;

// mark.js reaches for the global document, so each article's window becomes the global one.
const load = globalPage;

test('each seed article highlights the entries its reader needs, under the article’s own wording', { skip }, async () => {
  load('<p></p>');
  const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
  const { highlight, MARK_ATTR } = await import('../../../src/content/highlight/highlighter.ts');
  const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
  const matcher = buildAliasMatcher(pack.entries)!;
  for (const [file, need] of Object.entries(NEEDS)) {
    const doc = load(articlePage(readFileSync(path.join(SHARED_ARTICLES, file), 'utf8')));
    const { marks, counts } = highlight(doc.querySelector('article')!, matcher, { firstOnly: false });
    const absent = need.entries.filter((id) => !counts.has(id));
    assert.deepEqual(absent, [], `${file}: entries not highlighted`);
    for (const [phrase, id] of need.phrases) {
      const mark = marks.find((m) => m.textContent === phrase);
      assert.ok(mark, `${file}: “${phrase}” is not highlighted as one term`);
      assert.equal(mark.getAttribute(MARK_ATTR), id, `${file}: “${phrase}” opens the wrong card`);
    }
  }
});
