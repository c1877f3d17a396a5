/**
 * `npm run export:claimreview [-- out.jsonld]`: writes the pack's claims as schema.org ClaimReview
 * JSON-LD (a list of nodes, the form fact-checkers publish for search engines and share with
 * fact-checking tools), after checking every node against the schema.org properties it uses.
 * Default output: dist/claimreview.jsonld.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPack } from './build.ts';
import { ROOT } from './lib/paths.ts';
import { claimReviews } from './claimreview/claimreview.ts';
import { checkNode } from './claimreview/vocabulary.ts';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist/claimreview.jsonld'));
  const pack = await loadPack();
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8')) as { name: string };
  const nodes = claimReviews(pack, manifest.name);
  const problems = nodes.flatMap((n, i) => checkNode(n).map((p) => `claim ${i} (${String(n.identifier)}): ${p}`));
  if (problems.length) {
    console.error(`ClaimReview export is invalid:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(nodes, null, 2)}\n`);
  console.log(`wrote ${nodes.length} ClaimReview nodes to ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
