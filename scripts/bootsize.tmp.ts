import * as esbuild from 'esbuild';
import { esbuildOptions, loadPack } from './build.ts';
const pack = await loadPack();
const o = esbuildOptions('chrome', pack, '/tmp/bs-out');
const r = await esbuild.build({ ...o, write: false, entryPoints: { 'content/boot': 'src/content/boot.ts' } });
const out = Object.values(r.metafile!.outputs).find((x) => x.entryPoint?.includes('boot'))!;
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k] as const).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows) console.log(b, k);
console.log('total', out.bytes);
