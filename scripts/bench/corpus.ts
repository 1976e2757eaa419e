/**
 * A synthetic corpus for the build benchmark, written beside the real content in a copy of the
 * project: N bilingual speeches in the real format (front matter, numbered <Para n={…}> with their
 * voices, <Quote>, <Ref to="orientations/…">…</Ref> around the words that bear on an orientation or
 * breakthrough, the same ¶ and references in both languages), one resolution for every 25 speeches
 * (numbered parts, `<Part>`), and the people and events they name. The sentences come from a
 * grammar over bilingual phrase banks (scripts/bench/vocabulary.ts), across eleven years, three
 * formats and a speaker for every 40 speeches, so search and browsing are measured on something
 * like a real library rather than a few sentences repeated.
 *
 * Every person, event and sentence here is invented and says so: the corpus names no real person,
 * and nothing of it is ever written into `content/`. Deterministic: the same N gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pickers, place, seeded, sentence, topic, type Pair } from './vocabulary';

/** Words that bear on an orientation or a breakthrough of the real corpus, with the sentence around them. */
const referring: readonly { target: string; vi: Pair; en: Pair; words: Pair }[] = [
  { target: 'breakthroughs/science-innovation-digital-transformation', vi: ['Tỉnh cần đẩy mạnh ', ', coi đây là động lực chính của tăng trưởng.'], en: ['The province must push ahead with ', ', seeing it as the main driver of growth.'], words: ['chuyển đổi số và đổi mới sáng tạo', 'digital transformation and innovation'] },
  { target: 'breakthroughs/transport-urban-environment-infrastructure', vi: ['Cần chú trọng ', ' để kết nối vùng và mở rộng không gian phát triển.'], en: ['Attention must go to ', ' to link the region and widen the space for development.'], words: ['đầu tư đồng bộ hạ tầng giao thông', 'comprehensive investment in transport infrastructure'] },
  { target: 'breakthroughs/cadres-and-high-quality-human-resources', vi: ['Cần chú trọng ', ', nhất là đội ngũ cán bộ trẻ, cán bộ người dân tộc thiểu số.'], en: ['Attention must go to ', ', above all young cadres and cadres from ethnic minorities.'], words: ['phát triển nguồn nhân lực chất lượng cao', 'developing high-quality human resources'] },
  { target: 'orientations/green-economic-restructuring', vi: ['Phát triển ', ' gắn với du lịch di sản là hướng đi của địa phương.'], en: ['Developing ', ' together with heritage tourism is the way forward for the locality.'], words: ['kinh tế cửa khẩu và logistics', 'the border-gate economy and logistics'] },
  { target: 'orientations/investment-climate-private-sector', vi: ['Địa phương phải ', ', tạo niềm tin cho doanh nghiệp và nhà đầu tư.'], en: ['The locality has to ', ', building the trust of businesses and investors.'], words: ['cải thiện mạnh mẽ môi trường đầu tư kinh doanh', 'vigorously improve the investment and business environment'] },
  { target: 'orientations/inclusive-sustainable-growth', vi: ['Mục tiêu cao nhất là ', ' ở vùng sâu, vùng biên.'], en: ['The highest aim is ', ' in remote and border areas.'], words: ['nâng cao đời sống vật chất và tinh thần của nhân dân', 'raising the material and spiritual lives of the people'] },
  { target: 'orientations/strategic-infrastructure-regional-links', vi: ['Các dự án ', ' cần được triển khai đúng tiến độ.'], en: ['The projects for ', ' must be carried out on schedule.'], words: ['cao tốc và liên kết vùng', 'expressways and regional links'] },
  { target: 'orientations/human-resources-digital-transformation', vi: ['Cần đẩy mạnh ', ' trong toàn bộ hệ thống chính trị.'], en: ['There must be more ', ' across the whole political system.'], words: ['ứng dụng công nghệ số, xây dựng chính quyền số', 'applying digital technology and building digital government'] },
];

const firstYear = 2016;
const lastYear = 2026;

/** The id of the i-th synthetic speech (1-based). */
export const benchSpeechId = (index: number) => `bench-speech-${String(index).padStart(5, '0')}`;
const personId = (index: number) => `bench-person-${String(index).padStart(3, '0')}`;
const eventId = (index: number) => `bench-event-${String(index).padStart(4, '0')}`;
const resolutionId = (index: number) => `bench-resolution-${String(index).padStart(4, '0')}`;

/** How many of each the corpus for N speeches holds. */
export function corpusShape(speeches: number): { speeches: number; people: number; events: number; resolutions: number } {
  return {
    speeches,
    people: Math.min(Math.max(Math.round(speeches / 40), 4), 250),
    events: Math.min(Math.max(Math.round(speeches / 25), lastYear - firstYear + 1), 400),
    resolutions: Math.floor(speeches / 25),
  };
}

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Nông', 'Triệu', 'Lục', 'Hà', 'Đàm', 'Lương', 'Bế'];
const middles = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quang', 'Xuân', 'Thu'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Việt'];
const roles: readonly Pair[] = [
  ['Bí thư Tỉnh ủy', 'Secretary of the provincial Party Committee'],
  ['Chủ tịch Ủy ban nhân dân tỉnh', "Chair of the provincial People's Committee"],
  ['Phó Bí thư Thường trực Tỉnh ủy', 'Standing Deputy Secretary of the provincial Party Committee'],
  ['Chủ tịch Hội đồng nhân dân tỉnh', "Chair of the provincial People's Council"],
  ['Trưởng Ban Tuyên giáo Tỉnh ủy', 'Head of the provincial Propaganda and Education Commission'],
  ['Giám đốc Sở Kế hoạch và Đầu tư', 'Director of the Department of Planning and Investment'],
  ['Bí thư Huyện ủy', 'Secretary of the district Party Committee'],
];

/** An invented person: the name says nothing about anyone real, and the summary says it is invented. */
function person(index: number): Pair {
  const next = seeded(index * 104729);
  const { uniform } = pickers(next);
  const name = `${uniform(surnames)} ${uniform(middles)} ${uniform(givens)}`;
  const [roleVi, roleEn] = uniform(roles);
  const front = (role: string, summary: string, body: string) => ['---', `name: "${name}"`, `role: "${role}"`, `summary: "${summary}"`, '---', '', body, ''].join('\n');
  return [
    front(roleVi, `Nhân vật hư cấu số ${index} của bộ đo hiệu năng; không phải người thật.`, 'Nhân vật hư cấu, chỉ dùng để đo hiệu năng của trang web.'),
    front(roleEn, `Invented person no. ${index} of the benchmark; not a real person.`, 'An invented person, used only to measure how the site performs.'),
  ];
}

const occasions: readonly Pair[] = [
  ['Hội nghị tổng kết năm', 'Year-end review conference'],
  ['Hội nghị sơ kết sáu tháng', 'Six-month review conference'],
  ['Hội nghị chuyên đề', 'Thematic conference'],
  ['Buổi làm việc với huyện', 'Working session with the district'],
  ['Kỳ họp Hội đồng nhân dân', "Session of the People's Council"],
  ['Hội nghị đối thoại với doanh nghiệp', 'Dialogue conference with businesses'],
];

/** The year of the i-th event: the events spread evenly over the years. */
const eventYear = (index: number, events: number) => firstYear + Math.floor(((index - 1) * (lastYear - firstYear + 1)) / events);

function event(index: number, year: number, speeches: readonly string[]): Pair {
  const next = seeded(index * 15485863);
  const [occasionVi, occasionEn] = pickers(next).uniform(occasions);
  const [topicVi, topicEn] = topic(next);
  const where = place(next);
  const date = `${year}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  const front = (title: string, summary: string, body: string) =>
    ['---', `title: "${title}"`, `date: ${date}`, `place: "${where}"`, `summary: "${summary}"`, `speeches: [${speeches.join(', ')}]`, '---', '', body, ''].join('\n');
  return [
    front(`${occasionVi} về ${topicVi} năm ${year} (hư cấu, số ${index})`, 'Sự kiện hư cấu của bộ đo hiệu năng.', `Sự kiện hư cấu tại ${where}, chỉ dùng để đo hiệu năng của trang web.`),
    front(`${occasionEn} on ${topicEn}, ${year} (invented, no. ${index})`, 'An invented event of the benchmark.', `An invented event in ${where}, used only to measure how the site performs.`),
  ];
}

interface SpeechPlan {
  speaker: string;
  event: string;
  year: number;
}

function speech(index: number, plan: SpeechPlan): Pair {
  const next = seeded(index * 7919);
  const { uniform, between } = pickers(next);
  const [topicVi, topicEn] = topic(next);
  const where = place(next);
  const format = uniform(['speech', 'speech', 'interview', 'speech-report'] as const);
  const date = `${plan.year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  const dateKind = format === 'speech' ? 'delivered' : 'published';
  const front = (title: string, occasion: string, summary: string) =>
    [
      '---',
      `title: "${title}"`,
      'titleIsEditorial: true',
      `format: ${format}`,
      `speakers: [${plan.speaker}]`,
      `date: ${date}`,
      `dateKind: ${dateKind}`,
      `place: "${where}"`,
      `occasion: "${occasion}"`,
      `events: [${plan.event}]`,
      `summary: "${summary}"`,
      '---',
      '',
    ].join('\n');
  let vi = front(
    `Bài số ${index} về ${topicVi} tại ${where}`,
    `Hội nghị về ${topicVi} tại ${where}`,
    `Văn bản hư cấu số ${index} của bộ đo hiệu năng, về ${topicVi}.`,
  );
  let en = front(
    `Text no. ${index} on ${topicEn} in ${where}`,
    `Conference on ${topicEn} in ${where}`,
    `Invented text no. ${index} of the benchmark, on ${topicEn}.`,
  );
  // Most texts are of middling length and a few long, as in a real library.
  const paragraphs = next() < 0.1 ? between(30, 60) : between(8, 24);
  for (let n = 1; n <= paragraphs; n++) {
    const parts: Pair[] = [];
    const count = between(2, 4);
    for (let s = 0; s < count; s++) {
      const roll = next();
      if (roll < 0.12) {
        const ref = uniform(referring);
        parts.push([`${ref.vi[0]}<Ref to="${ref.target}">${ref.words[0]}</Ref>${ref.vi[1]}`, `${ref.en[0]}<Ref to="${ref.target}">${ref.words[1]}</Ref>${ref.en[1]}`]);
      } else if (roll < 0.16) {
        const [quoteVi, quoteEn] = sentence(next, plan.year);
        parts.push([`Đồng chí nhấn mạnh: <Quote>“${quoteVi.replace(/\.$/, '')}”</Quote>.`, `The speaker stressed: <Quote>“${quoteEn.replace(/\.$/, '')}”</Quote>.`]);
      } else parts.push(sentence(next, plan.year));
    }
    // A lead is the publication's words (the check holds it to narration), so a speech, all the
    // speaker's own words, has none.
    const kind = n === 1 && format !== 'speech' ? ' kind="lead"' : '';
    // An interview or a report holds more than one voice, and the check asks each ¶ to say whose
    // words it is: the lead is the journalist's, the rest the speaker's.
    const voice = format === 'speech' ? '' : n === 1 ? ' voice="narration"' : format === 'interview' ? ' voice="direct"' : ' voice="reported"';
    vi += `\n<Para n={${n}}${kind}${voice}>\n${parts.map((part) => part[0]).join(' ')}\n</Para>\n`;
    en += `\n<Para n={${n}}${kind}${voice}>\n${parts.map((part) => part[1]).join(' ')}\n</Para>\n`;
  }
  return [vi, en];
}

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const sectionTitles: readonly Pair[] = [
  ['Tình hình và nguyên nhân', 'The situation and its causes'],
  ['Quan điểm, mục tiêu', 'Viewpoints and goals'],
  ['Nhiệm vụ, giải pháp', 'Tasks and solutions'],
  ['Tổ chức thực hiện', 'Implementation'],
];

/** An invented resolution with party-style numbering: I. › 1. › a). */
function resolution(index: number, year: number): Pair {
  const next = seeded(index * 32452843);
  const { between } = pickers(next);
  const [topicVi, topicEn] = topic(next);
  const issued = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  const front = (title: string, type: string, issuer: string, summary: string) =>
    ['---', `title: "${title}"`, `documentType: "${type}"`, `number: "${index}-NQ/BENCH"`, `issuer: "${issuer}"`, `issued: ${issued}`, 'structure: party', `summary: "${summary}"`, '---', ''].join('\n');
  let vi = front(`Về ${topicVi} (hư cấu, số ${index})`, 'Nghị quyết', 'Ban Chấp hành hư cấu của bộ đo', `Nghị quyết hư cấu số ${index} của bộ đo hiệu năng, về ${topicVi}.`);
  let en = front(`On ${topicEn} (invented, no. ${index})`, 'Resolution', 'The benchmark’s invented Executive Committee', `Invented resolution no. ${index} of the benchmark, on ${topicEn}.`);
  const sections = between(3, 4);
  for (let s = 0; s < sections; s++) {
    const [titleVi, titleEn] = sectionTitles[s]!;
    vi += `\n<Part n="${romans[s]}" title="${titleVi}">\n`;
    en += `\n<Part n="${romans[s]}" title="${titleEn}">\n`;
    const points = between(2, 6);
    for (let p = 1; p <= points; p++) {
      const [textVi, textEn] = sentence(next, year);
      vi += `\n<Part n="${p}">\n\n${textVi}\n`;
      en += `\n<Part n="${p}">\n\n${textEn}\n`;
      if (next() < 0.3) {
        for (const letter of ['a', 'b', 'c'].slice(0, between(2, 3))) {
          const [itemVi, itemEn] = sentence(next, year);
          vi += `\n<Part n="${letter}">\n${itemVi}\n</Part>\n`;
          en += `\n<Part n="${letter}">\n${itemEn}\n</Part>\n`;
        }
      }
      vi += '\n</Part>\n';
      en += '\n</Part>\n';
    }
    vi += '\n</Part>\n';
    en += '\n</Part>\n';
  }
  return [vi, en];
}

/** Writes `pair` as `<collection>/{vi,en}/<id>.mdx` under `contentDir`. */
function writePair(contentDir: string, collection: string, id: string, [vi, en]: Pair): void {
  for (const [lang, text] of [['vi', vi], ['en', en]] as const) {
    const dir = join(contentDir, collection, lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${id}.mdx`), text);
  }
}

/**
 * Writes the corpus for N speeches into `contentDir` (`speeches/`, `resolutions/`, `people/`,
 * `events/`, each in vi and en), beside whatever is there. Returns how many of each it wrote.
 */
export function writeSyntheticCorpus(contentDir: string, speeches: number): ReturnType<typeof corpusShape> {
  const shape = corpusShape(speeches);
  const plans: SpeechPlan[] = [];
  const speechesOfEvent = new Map<number, string[]>();
  for (let index = 1; index <= speeches; index++) {
    const next = seeded(index * 6151);
    const { skewed, between } = pickers(next);
    // A few speakers speak often and most seldom, as in a real library.
    const speaker = skewed(Array.from({ length: shape.people }, (_, k) => k + 1));
    const eventIndex = between(1, shape.events);
    speechesOfEvent.set(eventIndex, [...(speechesOfEvent.get(eventIndex) ?? []), benchSpeechId(index)]);
    plans.push({ speaker: personId(speaker), event: eventId(eventIndex), year: eventYear(eventIndex, shape.events) });
  }
  for (let index = 1; index <= shape.people; index++) writePair(contentDir, 'people', personId(index), person(index));
  for (let index = 1; index <= shape.events; index++) {
    writePair(contentDir, 'events', eventId(index), event(index, eventYear(index, shape.events), speechesOfEvent.get(index) ?? []));
  }
  plans.forEach((plan, position) => writePair(contentDir, 'speeches', benchSpeechId(position + 1), speech(position + 1, plan)));
  for (let index = 1; index <= shape.resolutions; index++) {
    writePair(contentDir, 'resolutions', resolutionId(index), resolution(index, firstYear + (index % (lastYear - firstYear + 1))));
  }
  return shape;
}
