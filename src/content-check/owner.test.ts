import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { statsContent } from '../../tests/helpers/stats-content.ts';
import { bodiesIn, clauseBefore } from '../stats/rules/owner.ts';

/** Whose figure it is (owner.ts): required where the sentence names a body, and that body when it names one. */
const { placedContent, statsYml, replaceIn, lineWith, onlyProblem } = statsContent();

const SATISFACTION_OWNER =
  '    owner:\n      zh-hans: 市公安局\n      en: Municipal Public Security Bureau\n    headline: true\n';

describe('owner', () => {
  test('The 99.7% without an owner is reported at its id, naming the body its sentence gives, with the fix.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(file, SATISFACTION_OWNER, '    headline: true\n');
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, '- id: service-satisfaction'));
    expect(p.message).toMatch(
      /^stat "service-satisfaction" has no owner, but its sentence names, before it, 市公安局: “市公安局获评/,
    );
    expect(p.fix).toMatch(/^add "owner:" .*zh-hans: 市公安局/);
  });

  test('One body’s figure headlined as the system’s is reported at the owner.', () => {
    const root = placedContent();
    const file = statsYml(root);
    replaceIn(
      file,
      SATISFACTION_OWNER,
      '    owner:\n      zh-hans: 全市政法系统\n      en: The city’s political-legal system\n    headline: true\n',
    );
    const p = onlyProblem(checkContent(root).problems);
    expect(p.line).toBe(lineWith(file, 'zh-hans: 全市政法系统', 3));
    expect(p.message).toMatch(
      /^stat "service-satisfaction" is owned by “全市政法系统”, but its sentence attributes it to 市公安局/,
    );
  });

  test('A body is read from the clause before the figure, not after it, and not across a new subject.', () => {
    expect(bodiesIn('聚焦“国之大者”“强市之要”，南通市中级人民法院开展')).toEqual(['南通市中级人民法院']);
    const para = '全市街面“六类”警情下降17.3%，“打防管治建”五化机制被公安部刊载推广。';
    expect(bodiesIn(clauseBefore(para, '全市街面“六类”警情下降17.3%') ?? '')).toEqual([]);
    const tb =
      '推动建成全国首家中学国家安全教育馆，全市9所高校全部建成警务室；市公安局获评示范点，服务满意度达99.7%、全省领先。';
    expect(bodiesIn(clauseBefore(tb, '全市9所高校全部建成警务室') ?? '')).toEqual([]);
    expect(bodiesIn(clauseBefore(tb, '服务满意度达99.7%') ?? '')).toEqual(['市公安局']);
  });
});
