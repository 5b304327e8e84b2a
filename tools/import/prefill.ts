import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FigureCandidate } from './figure-types.ts';
import { lexFigures } from '../../src/text/figures.ts';

/**
 * Tool: what the import can derive for a figure so the editor has fewer TODOs (issue 27): its
 * zh-hans label from the quoted phrase (the words it counts, without the figure, the place and the
 * verb of change: 全市刑事案件发案数下降12.4% → 刑事案件发案数), and its id from the archive: the
 * id an earlier year gave the figure with that label (刑事案件发案数 → crime-cases), so the same
 * figure keeps its id from year to year. Whatever cannot be derived stays TODO; what is derived
 * says so in a comment, for the editor to check.
 */

/** A measure word or 元 after a figure (2300余名, 3.1万件, 580处, 1260万元). */
const MEASURE = /^[元家个名项条件所期场批位座户人次类起处]/;
/** Place and scope words before what is counted. */
const SCOPE = /^(全市|全区|全县|全省|全年|全域|各地|共|累计|各类|市县两级)+/;
/** What the text says of the figure after what is counted: its change, or that it reached it. */
const SAYS =
  /(同比|环比)?(下降|上升|增长|减少|提高|降低|提升|下滑|回落|缩减|压降|达到|达|为|超过|逾|近|至少|约|了|共|均)+$/;
/** Verbs of the year's work before what they produced: the label says it as 破获的… */
const DID =
  /^(建成|新建|破获|抓获|化解|排查整治|排查|整治|新增|审结|办结|办理|受理|出台|推动|完成|组织|查处|开展|培训|挽回|止付冻结|发现处置|调处|帮教|救助|招录)/;

/** The zh-hans label a quote gives its figure, or undefined when its words do not give one. */
export function labelFrom(quote: string): string | undefined {
  const clause = quote.split(/[，。；：！？]/).find((c) => /\d/.test(c)) ?? quote;
  // The first figure (src/text/figures.ts) with its unit or measure word: 12.4%, 2300余名.
  const f = lexFigures(clause)[0];
  if (!f) return undefined;
  const end = f.end + (!f.percent && MEASURE.test(clause.slice(f.end)) ? 1 : 0);
  let label = clause.slice(0, f.start).replace(SCOPE, '').replace(SAYS, '');
  if (label.length < 2) label = clause.slice(end).replace(/(建成|运行|投用)+$/, '');
  label = label.replace(/^[、和及与并]+/, '').replace(DID, '$1的');
  const ok = label.length >= 2 && label.length <= 20 && !/\d|[“”]$|^的/.test(label) && !/的$/.test(label);
  return ok && /[\u3400-\u9fff]/.test(label) ? label : undefined;
}

/**
 * A label's words folded through the editors' search synonyms (content/search-synonyms.yml: 电诈,
 * 电信诈骗 → 电信网络诈骗), so an earlier year's label matches the same thing said another way.
 */
function folder(root: string): (label: string) => string {
  let groups: string[][] = [];
  try {
    const data = parseYaml(fs.readFileSync(path.join(root, 'search-synonyms.yml'), 'utf8')) as {
      zh?: unknown;
    };
    if (Array.isArray(data?.zh)) groups = data.zh.filter((g): g is string[] => Array.isArray(g));
  } catch {
    // No synonyms: labels are matched as written.
  }
  const pairs = groups
    .flatMap((g) => g.map((w) => [String(w), String(g[0])] as const))
    .sort((a, b) => b[0].length - a[0].length);
  return (label) => {
    let out = '';
    for (let i = 0; i < label.length;) {
      const hit = pairs.find(([w]) => label.startsWith(w, i));
      out += hit ? hit[1] : label[i];
      i += hit ? hit[0].length : 1;
    }
    return out;
  };
}

/** The ids of earlier years, by label: the import's id for a figure an earlier year named. */
export interface Archive {
  ids: Map<string, string>;
  fold: (label: string) => string;
}

/** zh-hans label (folded) → id, from every year's stats.yml already in the content folder. */
export function archiveIds(root: string): Archive {
  const fold = folder(root);
  const ids = new Map<string, string>();
  const reviews = path.join(root, 'reviews');
  if (!fs.existsSync(reviews)) return { ids, fold };
  for (const year of fs.readdirSync(reviews).filter((y) => /^\d{4}$/.test(y))) {
    const file = path.join(reviews, year, 'stats.yml');
    if (!fs.existsSync(file)) continue;
    try {
      const data = parseYaml(fs.readFileSync(file, 'utf8')) as {
        stats?: { id?: unknown; label?: { 'zh-hans'?: unknown } }[];
      };
      for (const s of data?.stats ?? []) {
        const label = s.label?.['zh-hans'];
        // Only what an editor settled: a year still being imported has TODO ids and derived labels.
        if (typeof label === 'string' && typeof s.id === 'string' && !/TODO/.test(label + s.id))
          ids.set(fold(label), s.id);
      }
    } catch {
      // A year the content check will report: no ids learnt from it.
    }
  }
  return { ids, fold };
}

export interface Prefilled {
  id: string;
  label?: string;
  /** How the id and label were found, for the comment above the record. */
  how: string[];
}

/** Ids and labels for the candidates: derived where the quote and the archive say, else TODO. */
export function prefill(stats: FigureCandidate[], archive: Archive | undefined): Prefilled[] {
  const used = new Set<string>();
  return stats.map((f, i) => {
    const label = labelFrom(f.quote);
    const known = label && archive ? archive.ids.get(archive.fold(label)) : undefined;
    const id = known && !used.has(known) ? known : `TODO-figure-${i + 1}`;
    used.add(id);
    const how = [
      ...(label ? [`label from the quote (${label}): check it`] : []),
      ...(id === known ? [`id ${id}: an earlier year's figure with this label`] : []),
    ];
    return { id, ...(label ? { label } : {}), how };
  });
}
