/**
 * Per language: inflected and compound forms news text uses must reach the right entry (and count
 * as core detection terms); look-alikes (mining, sea mines, pencil leads, games, metaphors,
 * unrelated words sharing letters) must not count as core terms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { compileVocabulary, detectText } from '../../../src/content/detect/detector.ts';
import { vocabularyOf } from '../../../src/shared/pack/compact.ts';
import { buildAliasMatcher } from '../../../src/content/highlight/alias-pattern.ts';
import { entriesIn } from '../../../src/content/app/page-languages.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const vocab = compileVocabulary(vocabularyOf(pack.detection));
const matcher = buildAliasMatcher(pack.entries)!;
const core = new Set(pack.detection.terms.filter((t) => t.role === 'core').map((t) => t.phrase));

/** [form as found in text, entry id, the part highlighted if not all of it] */
type Case = { match: ([string, string] | [string, string, string])[]; notCore: string[]; notAlias?: string[] };

/** Entries named by aliases only (highlighted, not in the detection vocabulary). */
const ALIAS_ONLY = new Set(['ccw', 'apii', 'stockpile']);
/** Per language, entries whose names there are aliases only: no Russian detection term was added with "наземные мины". */
const ALIAS_ONLY_IN: Record<string, string[]> = { ru: ['landmine'] };
const aliasOnly = (lang: string, entry: string) => ALIAS_ONLY.has(entry) || (ALIAS_ONLY_IN[lang] ?? []).includes(entry);
/** Entries whose language names were added for issue 15: look-alikes must not reach them. */
const CHECKED = new Set(['ccw', 'apii', 'withdrawals', 'icbl', 'stockpile']);

const CASES: Record<string, Case> = {
  de: {
    match: [['Austritt aus der Ottawa-Konvention', 'withdrawals'], ['Internationale Kampagne zum Verbot von Landminen', 'icbl'], ['Antipersonenminen', 'apl'], ['Antipersonenminen-Verbot', 'apl', 'Antipersonenminen'], ['Anti-Personenminen', 'apl'], ['Landminenabkommen', 'landmine'], ['Ottawa-Konvention', 'ottawa'], ['Ottawa-Abkommens', 'ottawa'], ['Ottawa-Übereinkommen', 'ottawa'], ['Minenräumung', 'mine-action'], ['Übereinkommens über bestimmte konventionelle Waffen', 'ccw'], ['UN-Waffenkonvention', 'ccw'], ['Bestände von Anti-Personen-Minen', 'stockpile'], ['die Vernichtung aller Bestände von Anti-Personen-Minen', 'stockpile', 'Bestände von Anti-Personen-Minen']],
    notCore: ['Bergbau im Ruhrgebiet', 'Seeminen aus dem Zweiten Weltkrieg', 'Bleistiftminen HB', 'Minesweeper', 'Ottawa Senators', 'Minenarbeiter', 'Kohlemine'],
    notAlias: ['UN-Waffengesetz', 'Bestände an Kohle', 'Lagerbestand an Bleistiftminen', 'Lagerbestände an Getreide', 'Bestände von Bleistiftminen'],
  },
  pl: {
    match: [['wypowiedzenia konwencji ottawskiej', 'withdrawals'], ['miny przeciwpiechotne', 'apl'], ['min przeciwpiechotnych', 'apl'], ['minami przeciwpiechotnymi', 'apl'], ['konwencji ottawskiej', 'ottawa'], ['Konwencję ottawską', 'ottawa'], ['rozminowanie', 'mine-action'], ['min lądowych', 'landmine'], ['Konwencji o zakazie lub ograniczeniu użycia pewnych broni konwencjonalnych', 'ccw', 'pewnych broni konwencjonalnych'], ['Poprawiony Protokół II', 'apii'], ['ratyfikował Poprawiony Protokół II w sprawie', 'apii', 'Poprawiony Protokół II'], ['mocy obowiązującej Poprawionego Protokołu II', 'apii', 'Poprawionego Protokołu II'], ['zapasy min przeciwpiechotnych', 'stockpile'], ['zutylizowała zapasy min przeciwpiechotnych', 'stockpile', 'zapasy min przeciwpiechotnych'], ['zapasów min przeciwpiechotnych', 'stockpile'], ['zapasami min przeciwpiechotnych', 'stockpile']],
    notCore: ['kopalnia węgla', 'w kopalni Bogdanka', 'miny morskie z II wojny', 'grafity do ołówka', 'Saper', 'minister', 'mina na twarzy', 'Ministerstwo Obrony Narodowej', 'rzecznik Ministerstwa Obrony Narodowej'],
    notAlias: ['zapasy węgla w kopalni', 'zapasowy minister', 'zapasy mineralne', 'zapasy gazu', 'kopalnia', 'zapasy min morskich', 'zapas 5 min przed startem', 'Ministerstwo Obrony Narodowej', 'Protokół II do konwencji genewskich', 'poprawiony protokół z posiedzenia', 'Poprawiony Protokół IIb'],
  },
  uk: {
    match: [['виходу з Оттавської конвенції', 'withdrawals'], ['протипіхотні міни', 'apl'], ['протипіхотних мін', 'apl'], ['протипіхотними мінами', 'apl'], ['Оттавської конвенції', 'ottawa'], ['Оттавську конвенцію', 'ottawa'], ['розмінування', 'mine-action'], ['розмінуванні', 'mine-action'], ['Протокол II з поправками', 'apii'], ['до Протоколу II з поправками', 'apii', 'Протоколу II з поправками']],
    notCore: ['шахта', 'шахтарі Донбасу', 'морські міни', 'міністр', 'мінімальна зарплата', 'Оттава'],
    notAlias: ['запаси вугілля на шахтах', 'запас міністра', 'запаси мінеральної води', 'Протокол засідання з поправками', 'Протокол II до Женевських конвенцій', 'Протокол III з поправками'],
  },
  ru: {
    match: [['выхода из Оттавской конвенции', 'withdrawals'], ['противопехотные мины', 'apl'], ['противопехотных мин', 'apl'], ['Оттавской конвенции', 'ottawa'], ['Оттавская конвенция', 'ottawa'], ['разминирования', 'mine-action'], ['Протоколом II с поправками', 'apii'], ['Протокола II с поправками', 'apii'], ['запасы противопехотных мин', 'stockpile'], ['уничтожения всех запасов противопехотных мин', 'stockpile', 'запасов противопехотных мин'], ['запасах противопехотных мин', 'stockpile'], ['наземные мины', 'landmine'], ['обезвреживанию наземных мин', 'landmine', 'наземных мин'], ['наземной миной', 'landmine']],
    notCore: ['шахта', 'шахтёры Кузбасса', 'морские мины', 'министр', 'грифель карандаша', 'Сапёр'],
    notAlias: ['запас минеральной воды', 'запасы угля в шахте', 'запас министра', 'запасные противотанковые мины', 'запасы морских мин', 'Протокол заседания', 'с поправками в бюджет'],
  },
  fi: {
    match: [['jalkaväkimiinat', 'apl'], ['jalkaväkimiinoista', 'apl'], ['jalkaväkimiinakielto', 'apl'], ['Ottawan sopimuksesta', 'ottawa'], ['Ottawan sopimus', 'ottawa'], ['miinanraivaus', 'mine-action'], ['maamiinoja', 'landmine'], ['tavanomaisten aseiden käytön kielloista', 'ccw'], ['tavanomaisia aseita koskevan yleissopimuksen', 'ccw'], ['muutetun II pöytäkirjan', 'apii'], ['jalkaväkimiinavarastot', 'stockpile'], ['Miljoonan jalkaväkimiinavarastot', 'stockpile', 'jalkaväkimiinavarastot'], ['jalkaväkimiinavarastoja', 'stockpile'], ['jalkaväkimiinavarastoista', 'stockpile']],
    notCore: ['kaivos', 'kaivosyhtiö', 'merimiinat', 'Miinaharava', 'miinus', 'Ottawa', 'puolustusministeriö', 'puolustusministeriön tiedote'],
    notAlias: ['varastot', 'kaivoksen varastot', 'ruokavarastot', 'merimiinavarastot', 'muutettu pöytäkirja', 'tavanomaisia aseita', 'puolustusministeriö'],
  },
  et: {
    match: [['jalaväemiinid', 'apl'], ['jalaväemiinide', 'apl'], ['Ottawa konventsioonist', 'ottawa'], ['Ottawa konventsiooni', 'ottawa'], ['demineerimine', 'mine-action'], ['tavarelvade kasutamise keelustamise ja piiramise konventsiooni', 'ccw'], ['(II protokoll, parandatud 3. mail 1996)', 'apii', 'II protokoll, parandatud 3. mail 1996'], ['maamiinid', 'landmine'], ['muudetud maamiiniks', 'landmine', 'maamiiniks'], ['maamiinide', 'landmine']],
    notCore: ['kaevandus', 'põlevkivikaevandus', 'meremiinid', 'minister', 'Kaitseministeerium', 'Kaitseministeeriumi teatel'],
    notAlias: ['toiduvarud', 'kaevanduse varud', 'Kaitseministeerium', 'tavarelvad', 'II protokoll', 'parandatud protokoll', 'II protokoll, parandatud 3. mail 1999'],
  },
  lv: {
    match: [['izstāšanos no Otavas konvencijas', 'withdrawals'], ['kājnieku mīnas', 'apl'], ['kājnieku mīnu', 'apl'], ['Otavas konvencijas', 'ottawa'], ['Otavas konvencijā', 'ottawa'], ['atmīnēšana', 'mine-action'], ['Konvencijas par tādu konkrētu parasto ieroču veidu lietošanas aizliegšanu', 'ccw', 'konkrētu parasto ieroču veidu'], ['2.protokols ar 1996.gada 3.maija grozījumiem', 'apii'], ['2.protokolu ar 1996.gada 3.maija grozījumiem', 'apii']],
    notCore: ['raktuves', 'jūras mīnas', 'ministrs', 'kalnrūpniecība', 'Aizsardzības ministrija', 'Aizsardzības ministrijas paziņojums'],
    notAlias: ['ogļu krājumi', 'jūras mīnas', 'pārtikas krājumi', 'Aizsardzības ministrija', 'parasto ieroču veidu', 'konkrētu ieroču veidu', 'Grozītais protokols', '2.protokols ar 2003.gada grozījumiem'],
  },
  lt: {
    match: [['priešpėstinės minos', 'apl'], ['priešpėstinių minų', 'apl'], ['Otavos konvencijos', 'ottawa'], ['Otavos konvenciją', 'ottawa'], ['išminavimas', 'mine-action'], ['konvencija dėl tam tikrų įprastinių ginklų', 'ccw', 'tam tikrų įprastinių ginklų']],
    notCore: ['kasykla', 'jūrų minos', 'ministras', 'Krašto apsaugos ministerija', 'Krašto apsaugos ministerijos pranešimas'],
    notAlias: ['maisto atsargos', 'jūrų minos', 'kuro atsargas', 'Krašto apsaugos ministerija', 'įprastinių ginklų', 'tam tikrų ginklų', 'tam tikrų įprastinių ginkluočių'],
  },
  fr: {
    match: [["retrait de la Convention d'Ottawa", 'withdrawals'], ['mines antipersonnel', 'apl'], ['mine antipersonnel', 'apl'], ['mines terrestres', 'landmine'], ["Convention d'Ottawa", 'ottawa'], ['Convention d’Ottawa', 'ottawa'], ["traité d'Ottawa", 'ottawa'], ['déminage', 'mine-action'], ['stocks de mines antipersonnel', 'stockpile'], ['la destruction publique des stocks de mines antipersonnel', 'stockpile', 'stocks de mines antipersonnel'], ['le stock de mines antipersonnel', 'stockpile', 'stock de mines antipersonnel']],
    notCore: ['mine de charbon', 'les mines de crayon', 'mines marines', 'bonne mine', 'Démineur', 'minéral', 'Ottawa'],
    notAlias: ['un stock de mines de crayon', 'stocks de charbon', 'stock de minerai', 'stocks de nourriture', 'stocks de mines marines'],
  },
  es: {
    match: [['minas antipersona', 'apl'], ['minas antipersonales', 'apl'], ['minas antipersonal', 'apl'], ['minas terrestres', 'landmine'], ['Convención de Ottawa', 'ottawa'], ['Tratado de Ottawa', 'ottawa'], ['desminado', 'mine-action']],
    notCore: ['mina de carbón', 'minería', 'Buscaminas', 'minas navales', 'minas de lápiz'],
    notAlias: ['existencias de minas de lápiz', 'arsenal de minas de carbón', 'existencias de carbón'],
  },
  it: {
    match: [['mine antiuomo', 'apl'], ['mine antipersona', 'apl'], ['mine terrestri', 'landmine'], ['Convenzione di Ottawa', 'ottawa'], ['Trattato di Ottawa', 'ottawa'], ['sminamento', 'mine-action'], ['il Protocollo II riveduto sulle mine', 'apii', 'Protocollo II riveduto'], ['scorte di mine antipersona', 'stockpile'], ['la distruzione delle scorte di mine antipersona', 'stockpile', 'scorte di mine antipersona'], ['scorta di mine antipersona', 'stockpile']],
    notCore: ['miniera di carbone', 'mine di matita', 'portamine', 'Campo minato', 'mine navali'],
    notAlias: ['scorte di mine per portamine', 'scorte di carbone', 'scorte alimentari', 'scorte di mine navali', 'arsenale di mine di matita', 'Protocollo II', 'protocollo riveduto', 'Protocollo III riveduto'],
  },
  pt: {
    match: [['minas antipessoal', 'apl'], ['minas antipessoais', 'apl'], ['minas terrestres', 'landmine'], ['Convenção de Ottawa', 'ottawa'], ['desminagem', 'mine-action'], ['Protocolo II sobre Proibições ou Restrições ao Emprego de Minas, Armadilhas', 'apii', 'Protocolo II sobre Proibições ou Restrições ao Emprego de Minas'], ['minas estocadas', 'stockpile'], ['o País ainda mantém 35 mil minas estocadas', 'stockpile', 'minas estocadas']],
    notCore: ['mineração', 'mina de carvão', 'Campo minado', 'minas navais'],
    notAlias: ['estoques de minas de grafite', 'estoques de carvão', 'minas de carvão estocadas', 'Minas Gerais', 'arsenal de minas de ouro', 'Protocolo II', 'Protocolo II sobre Proibições ou Restrições ao Emprego de Armas Incendiárias'],
  },
  nl: {
    match: [['antipersoonsmijnen', 'apl'], ['landmijnen', 'landmine'], ['Verdrag van Ottawa', 'ottawa'], ['Ottawaverdrag', 'ottawa'], ['ontmijning', 'mine-action'], ['het Verdrag over bepaalde conventionele wapens', 'ccw', 'Verdrag over bepaalde conventionele wapens'], ['het gewijzigde Protocol II', 'apii', 'gewijzigde Protocol II'], ['voorraad anti-personeelmijnen', 'stockpile'], ['de overtollige voorraad anti-personeelmijnen', 'stockpile', 'voorraad anti-personeelmijnen'], ['voorraden anti-personeelmijnen', 'stockpile']],
    notCore: ['mijnbouw', 'kolenmijn', 'zeemijnen', 'Mijnenveger', 'mijn huis'],
    notAlias: ['voorraad steenkool', 'voorraden in de mijn', 'mijn voorraad', 'voorraad zeemijnen', 'gewijzigde protocol', 'conventionele wapens'],
  },
  sv: {
    match: [['truppminor', 'apl'], ['personminor', 'apl'], ['landminor', 'landmine'], ['Ottawakonventionen', 'ottawa'], ['minröjning', 'mine-action'], ['användningen av vissa konventionella vapen', 'ccw', 'vissa konventionella vapen'], ['1980 års vapenkonvention', 'ccw'], ['ett reviderat protokoll om förbud mot eller restriktioner i användningen av minor, försåt', 'apii', 'reviderat protokoll om förbud mot eller restriktioner i användningen av minor']],
    notCore: ['gruvbolaget', 'sjöminor', 'blyertsstift', 'minister'],
    notAlias: ['lager av kol', 'minlager', 'lager av gruvmalm', 'konventionella vapen', 'vapenkonventionen om kemiska vapen', 'reviderat protokoll', 'reviderat protokoll om förbud mot eller restriktioner i användningen av brandvapen'],
  },
  nb: {
    match: [['antipersonellminer', 'apl'], ['landminer', 'landmine'], ['Ottawakonvensjonen', 'ottawa'], ['Ottawa-konvensjonen', 'ottawa'], ['minerydding', 'mine-action'], ['uttreden av Ottawakonvensjonen', 'withdrawals'], ['utmeldingen av Ottawa-konvensjonen', 'withdrawals'], ['visse konvensjonelle våpen', 'ccw'], ['Våpenkonvensjonen', 'ccw'], ['den reviderte landmineprotokollen', 'apii', 'reviderte landmineprotokollen']],
    notCore: ['gruvedrift', 'sjøminer', 'mineralvann'],
    notAlias: ['Kjemivåpenkonvensjonen', 'uttreden av kirken', 'lager av kull', 'reviderte protokollen'],
  },
  da: {
    match: [['antipersonelminer', 'apl'], ['landminer', 'landmine'], ['Ottawakonventionen', 'ottawa'], ['minerydning', 'mine-action'], ['udtrædelse af Ottawakonventionen', 'withdrawals'], ['udtræden af Ottawa-konventionen', 'withdrawals'], ['landminer på lager', 'stockpile'], ['omkring tre millioner landminer på lager', 'stockpile', 'landminer på lager'], ['visse konventionelle våben', 'ccw'], ['protokollen om forbud mod eller begrænsninger i anvendelsen af miner', 'apii'], ['Protokol om forbud mod eller begrænsninger i anvendelsen af miner, lureminer og andre mekanismer som ændret den 3. maj 1996', 'apii', 'Protokol om forbud mod eller begrænsninger i anvendelsen af miner']],
    notCore: ['kulminen', 'søminer', 'minestryger', 'mineselskab'],
    notAlias: ['udtræden af folkekirken', 'lager af kul', 'søminer på lager', 'kul på lager', 'konventionelle våben', 'ændrede protokol II', 'protokol om forbud mod eller begrænsninger i anvendelsen af brandvåben', 'protokollen om forbud mod eller begrænsninger i anvendelsen af mineraler', 'Forsvarsministeriet'],
  },
  ja: {
    match: [['対人地雷', 'apl'], ['地雷', 'landmine'], ['オタワ条約', 'ottawa'], ['対人地雷禁止条約', 'ottawa'], ['地雷除去', 'mine-action'], ['特定通常兵器使用禁止制限条約', 'ccw'], ['地雷備蓄', 'stockpile'], ['米国の地雷備蓄の廃棄', 'stockpile', '地雷備蓄']],
    notCore: ['機雷', '炭鉱', '鉱山', 'マインスイーパ', 'オタワ市', 'シャープペンの替芯'],
    notAlias: ['地雷系の備蓄', '石油備蓄', '機雷の備蓄', '機雷備蓄'],
  },
  ko: {
    match: [['오타와 협약 탈퇴', 'withdrawals'], ['대인지뢰', 'apl'], ['지뢰', 'landmine'], ['오타와 협약', 'ottawa'], ['대인지뢰금지협약', 'ottawa'], ['지뢰 제거', 'mine-action'], ['특정 재래식무기 금지협약', 'ccw'], ['특정재래식무기 금지협약에', 'ccw', '특정재래식무기 금지협약'], ['지뢰·부비트랩 등의 사용 금지 또는 제한에 관한 의정서를', 'apii', '지뢰·부비트랩 등의 사용 금지 또는 제한에 관한 의정서'], ['대인지뢰 비축분을 폐기하고', 'stockpile', '대인지뢰 비축분'], ['대인지뢰비축분을', 'stockpile', '대인지뢰비축분']],
    notCore: ['기뢰', '탄광', '광산', '오타와'],
    notAlias: ['지뢰찾기 비축', '석유 비축', '기뢰 비축', '기뢰 비축분', '재래식무기', '특정 협약', '소이무기의 사용 금지 또는 제한에 관한 의정서'],
  },
  en: {
    match: [['Protocol on Prohibitions or Restrictions on the Use of Mines', 'apii'], ['Amended Protocol II', 'apii'], ['Mine Ban Convention', 'ottawa']],
    notCore: ['gold mine', 'Minesweeper', 'Ottawa'],
    notAlias: ['stocks of food', 'a stockpile of grain'],
  },
};

const coreTermsIn = (text: string) =>
  detectText({ title: '', headings: '', body: text }, vocab).terms.filter((t) => core.has(t.phrase)).map((t) => t.phrase);

for (const [lang, c] of Object.entries(CASES)) {
  test(`${lang}: inflected and compound forms reach their entry and count as topic terms`, () => {
    for (const [form, entry, part = form] of c.match) {
      const found = [...`… ${form} …`.matchAll(matcher.regex)].map((m) => m[0]);
      assert.deepEqual(found, [part], `${lang}: ${form} highlighted as ${JSON.stringify(found)}`);
      assert.equal(matcher.entryFor(part), entry, `${lang}: ${form}`);
    }
    const forms = c.match.filter(([, e]) => !aliasOnly(lang, e)).map(([f]) => f);
    for (const form of forms) {
      assert.ok(detectText({ title: '', headings: '', body: form }, vocab).terms.length > 0, `${lang}: ${form} is no detection term`);
      if (detectText({ title: '', headings: '', body: form }, vocab).terms.some((t) => core.has(t.phrase))) assert.ok(vocab.gate?.test(form), `${lang}: ${form} stopped at the gate`);
    }
  });
  test(`${lang}: look-alikes are no core topic term`, () => {
    for (const text of c.notCore) assert.deepEqual(coreTermsIn(text), [], `${lang}: ${text}`);
  });
  test(`${lang}: look-alikes do not highlight the CCW, its protocol, the ICBL, stockpile or withdrawal`, () => {
    for (const text of c.notAlias ?? []) {
      const hits = [...`… ${text} …`.matchAll(matcher.regex)].map((m) => [m[0], matcher.entryFor(m[0])]).filter(([, e]) => CHECKED.has(e as string));
      assert.deepEqual(hits, [], `${lang}: ${text}`);
    }
  });
}

test('every language the pack names has cases here', () => {
  const langs = new Set(pack.detection.terms.flatMap((t) => (t.lang ?? '').split(',')).filter(Boolean));
  for (const lang of langs) assert.ok(CASES[lang], lang);
  assert.ok(langs.size >= 18, `${langs.size} languages`);
});

/**
 * A page gets the aliases of its own language only, so the tag decides what is highlighted:
 * Estonian writes "maamiin" as Finnish does, Russian "наземные мины" with its own letters.
 */
test('landmines in Russian and Estonian are highlighted on pages in those languages, not their look-alikes', () => {
  const pages: Record<string, { match: string[]; notLandmine: string[] }> = {
    ru: { match: ['наземные мины', 'наземных мин'], notLandmine: ['наземные войска', 'морские мины', 'министр обороны', 'наземный транспорт'] },
    et: { match: ['maamiinid', 'maamiiniks'], notLandmine: ['meremiinid', 'miinipildujamiinid', 'maa ja miinid'] },
  };
  for (const [lang, c] of Object.entries(pages)) {
    const m = buildAliasMatcher(entriesIn(pack.entries, new Set([lang])))!;
    const entriesOf = (text: string) => [...`… ${text} …`.matchAll(m.regex)].map((x) => m.entryFor(x[0]));
    for (const form of c.match) assert.deepEqual(entriesOf(form), ['landmine'], `${lang}: ${form}`);
    for (const text of c.notLandmine) assert.ok(!entriesOf(text).includes('landmine'), `${lang}: ${text}`);
  }
});
