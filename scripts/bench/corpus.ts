/**
 * A synthetic corpus for the build benchmark: N bilingual speeches in the real format (front matter,
 * numbered <Para n={…}>, <Quote>, <Ref to="orientations/…">…</Ref> around the words that bear on an
 * orientation or breakthrough, the same ¶ and the same references in both languages), written from a
 * bank of Vietnamese sentences (tones, marks and đ) and their English translations, so every step of
 * the real build does real work. Deterministic: the same N gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Pair = readonly [vi: string, en: string];

/** Sentences without references. */
const sentences: readonly Pair[] = [
  ['Tỉnh đã đạt được nhiều kết quả quan trọng trong phát triển kinh tế - xã hội, đời sống của đồng bào các dân tộc từng bước được nâng lên.', 'The province has achieved many important results in socio-economic development, and the lives of people of all ethnic groups have gradually improved.'],
  ['Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được chú trọng, khối đại đoàn kết toàn dân tộc được củng cố vững chắc.', 'Building the Party and the political system continued to receive attention, and the great national unity bloc was firmly consolidated.'],
  ['Quốc phòng, an ninh được giữ vững, chủ quyền lãnh thổ và an ninh biên giới quốc gia được bảo đảm.', 'National defence and security were maintained, and territorial sovereignty and the security of the national border were ensured.'],
  ['Tuy nhiên, xuất phát điểm của tỉnh còn thấp, quy mô kinh tế nhỏ, đời sống một bộ phận nhân dân vùng sâu, vùng xa còn nhiều khó khăn.', 'However, the province started from a low base, its economy is small, and part of the population in remote areas still faces many difficulties.'],
  ['Đồng chí đề nghị các cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo quyết liệt, đồng bộ, không để nhiệm vụ nào bị chậm trễ.', 'He asked Party committees and authorities to lead and direct resolutely and consistently, letting no task fall behind.'],
  ['Mỗi cán bộ, đảng viên phải nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.', 'Every cadre and Party member must uphold a high sense of responsibility and dare to think, to act and to take responsibility for the common good.'],
  ['Địa phương cần phát huy tiềm năng, lợi thế về vị trí địa lý, văn hóa, lịch sử và cảnh quan thiên nhiên độc đáo.', 'The locality needs to make the most of its potential and its advantages in geography, culture, history and unique natural landscapes.'],
  ['Đường lối đúng đắn của Đảng đã được cụ thể hóa thành những chương trình hành động thiết thực, sát với thực tiễn.', "The Party's sound line has been turned into practical programmes of action that stay close to reality."],
  ['Đồng bào các dân tộc thiểu số là lực lượng nòng cốt trong bảo vệ đường biên, cột mốc và giữ gìn bản sắc văn hóa.', 'Ethnic minority people are the core force in protecting the borderline and its markers and in preserving cultural identity.'],
  ['Đổi mới phương thức lãnh đạo gắn với kiểm tra, giám sát là yêu cầu xuyên suốt của nhiệm kỳ.', 'Renewing the methods of leadership together with inspection and supervision is a requirement running through the whole term.'],
  ['Đội ngũ cán bộ cơ sở cần được đào tạo, bồi dưỡng thường xuyên để đáp ứng yêu cầu nhiệm vụ trong tình hình mới.', 'Grassroots cadres need regular training and refresher courses to meet the demands of their tasks in the new situation.'],
  ['Những bài học kinh nghiệm quý báu từ thực tiễn cần được tổng kết, nhân rộng trong toàn tỉnh.', 'The valuable lessons of practice should be summed up and spread throughout the province.'],
  ['Đảng bộ và nhân dân tỉnh đoàn kết một lòng, quyết tâm hoàn thành thắng lợi các mục tiêu đã đề ra.', 'The Party organisation and the people of the province are united as one, determined to achieve the goals that have been set.'],
  ['Đây là nhiệm vụ vừa cấp bách, vừa lâu dài, đòi hỏi sự vào cuộc của cả hệ thống chính trị.', 'This is a task both urgent and long-term, which requires the whole political system to take part.'],
  ['Người dân là trung tâm, là chủ thể của mọi chính sách phát triển, được hưởng thụ thành quả của đổi mới.', 'The people are the centre and the subject of every development policy and enjoy the fruits of renewal.'],
  ['Tỉnh cần củng cố vững chắc thế trận lòng dân, xây dựng khu vực biên giới hòa bình, hữu nghị, hợp tác.', "The province must firmly consolidate the people's hearts-and-minds posture and build a border area of peace, friendship and cooperation."],
  ['Cao Bằng là phên giậu vững chắc nơi địa đầu Tổ quốc, giữ vị trí chiến lược đặc biệt quan trọng.', "Cao Bằng is a firm bulwark at the Fatherland's frontier and holds an especially important strategic position."],
  ['Phấn đấu tốc độ tăng trưởng GRDP bình quân đạt trên 10% mỗi năm trong giai đoạn tới.', 'The aim is average GRDP growth of more than 10% a year in the coming period.'],
];

/** Words that bear on an orientation or a breakthrough, with the sentence around them. */
const referring: readonly { target: string; vi: Pair; en: Pair; words: Pair }[] = [
  { target: 'breakthroughs/science-innovation-digital-transformation', vi: ['Tỉnh cần đẩy mạnh ', ', coi đây là động lực chính của tăng trưởng.'], en: ['The province must push ahead with ', ', seeing it as the main driver of growth.'], words: ['chuyển đổi số và đổi mới sáng tạo', 'digital transformation and innovation'] },
  { target: 'breakthroughs/transport-urban-environment-infrastructure', vi: ['Đồng chí nhấn mạnh yêu cầu ', ' để kết nối vùng và mở rộng không gian phát triển.'], en: ['He stressed the need for ', ' to link the region and widen the space for development.'], words: ['đầu tư đồng bộ hạ tầng giao thông', 'comprehensive investment in transport infrastructure'] },
  { target: 'breakthroughs/cadres-and-high-quality-human-resources', vi: ['Cần chú trọng ', ', nhất là đội ngũ cán bộ trẻ, cán bộ người dân tộc thiểu số.'], en: ['Attention must go to ', ', above all young cadres and cadres from ethnic minorities.'], words: ['phát triển nguồn nhân lực chất lượng cao', 'developing high-quality human resources'] },
  { target: 'orientations/green-economic-restructuring', vi: ['Phát triển ', ' gắn với du lịch di sản là hướng đi đúng đắn của tỉnh.'], en: ['Developing ', ' together with heritage tourism is the right way forward for the province.'], words: ['kinh tế cửa khẩu và logistics', 'the border-gate economy and logistics'] },
  { target: 'orientations/investment-climate-private-sector', vi: ['Tỉnh phải ', ', tạo niềm tin cho doanh nghiệp và nhà đầu tư.'], en: ['The province has to ', ', building the trust of businesses and investors.'], words: ['cải thiện mạnh mẽ môi trường đầu tư kinh doanh', 'vigorously improve the investment and business environment'] },
  { target: 'orientations/inclusive-sustainable-growth', vi: ['Mục tiêu cao nhất là ', ' ở vùng sâu, vùng biên.'], en: ['The highest aim is ', ' in remote and border areas.'], words: ['nâng cao đời sống vật chất và tinh thần của nhân dân', "raising the material and spiritual lives of the people"] },
  { target: 'orientations/strategic-infrastructure-regional-links', vi: ['Các dự án ', ' cần được triển khai đúng tiến độ.'], en: ['The projects for ', ' must be carried out on schedule.'], words: ['cao tốc và liên kết vùng', 'expressways and regional links'] },
  { target: 'orientations/human-resources-digital-transformation', vi: ['Đồng chí yêu cầu ', ' trong toàn bộ hệ thống chính trị.'], en: ['He called for ', ' across the whole political system.'], words: ['ứng dụng công nghệ số, xây dựng chính quyền số', 'applying digital technology and building digital government'] },
];

const quotes: readonly Pair[] = [
  ['“Không để ai bị bỏ lại phía sau trong quá trình phát triển”', '“No one must be left behind in the course of development”'],
  ['“Biến khó khăn thành động lực, biến tiềm năng thành nguồn lực”', '“Turn difficulties into driving forces, and potential into resources”'],
  ['“Đoàn kết, kỷ cương, đổi mới, phát triển”', '“Unity, discipline, renewal, development”'],
];

const topics: readonly Pair[] = [
  ['phát triển kinh tế cửa khẩu', 'the border-gate economy'],
  ['chuyển đổi số', 'digital transformation'],
  ['xây dựng Đảng', 'Party building'],
  ['giảm nghèo bền vững', 'sustainable poverty reduction'],
  ['du lịch và di sản', 'tourism and heritage'],
  ['quốc phòng, an ninh biên giới', 'border defence and security'],
];

/** A small seeded generator (mulberry32), so a corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The id of the i-th synthetic speech (1-based). */
export const benchSpeechId = (index: number) => `bench-speech-${String(index).padStart(4, '0')}`;

function speech(index: number): { vi: string; en: string } {
  const next = random(index * 7919);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const [topicVi, topicEn] = pick(topics);
  const speaker = pick(['to-lam', 'phan-thang-an']);
  const event = pick(['working-session-2026-01-28', 'party-congress-14', 'cao-bang-provincial-congress-20']);
  const format = pick(['speech', 'interview', 'speech-report'] as const);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const front = (title: string, occasion: string, summary: string) =>
    [
      '---',
      `title: "${title}"`,
      'titleIsEditorial: true',
      `format: ${format}`,
      `speakers: [${speaker}]`,
      `date: 2026-${month}-${day}`,
      'dateKind: delivered',
      'place: "Cao Bằng"',
      `occasion: "${occasion}"`,
      `events: [${event}]`,
      `summary: "${summary}"`,
      '---',
      '',
    ].join('\n');
  let vi = front(
    `Phát biểu số ${index} về ${topicVi} tại Cao Bằng`,
    `Hội nghị chuyên đề số ${index} về ${topicVi}`,
    `Bài phát biểu tổng hợp số ${index} về ${topicVi}, đổi mới mô hình tăng trưởng và đời sống đồng bào vùng biên.`,
  );
  let en = front(
    `Speech no. ${index} on ${topicEn} in Cao Bằng`,
    `Thematic conference no. ${index} on ${topicEn}`,
    `Synthetic speech no. ${index} on ${topicEn}, renewing the growth model and the lives of people in the border region.`,
  );
  const paragraphs = 12 + Math.floor(next() * 13);
  for (let n = 1; n <= paragraphs; n++) {
    const parts: Pair[] = [];
    const count = 2 + Math.floor(next() * 3);
    for (let s = 0; s < count; s++) {
      const roll = next();
      if (roll < 0.25) {
        const ref = pick(referring);
        parts.push([
          `${ref.vi[0]}<Ref to="${ref.target}">${ref.words[0]}</Ref>${ref.vi[1]}`,
          `${ref.en[0]}<Ref to="${ref.target}">${ref.words[1]}</Ref>${ref.en[1]}`,
        ]);
      } else if (roll < 0.3) {
        const [quoteVi, quoteEn] = pick(quotes);
        parts.push([`Đồng chí nhấn mạnh: <Quote>${quoteVi}</Quote>.`, `He stressed: <Quote>${quoteEn}</Quote>.`]);
      } else parts.push(pick(sentences));
    }
    const kind = n === 1 ? ' kind="lead"' : '';
    // An interview or a report holds more than one voice, and the check asks each ¶ to say whose
    // words it is: the lead is the journalist's, the rest the speaker's (an interview's answers, a
    // report's account of the speech). Chosen from the ¶ number, so the corpus is otherwise the same.
    const voice = format === 'speech' ? '' : n === 1 ? ' voice="narration"' : format === 'interview' ? ' voice="direct"' : ' voice="reported"';
    vi += `\n<Para n={${n}}${kind}${voice}>\n${parts.map((part) => part[0]).join(' ')}\n</Para>\n`;
    en += `\n<Para n={${n}}${kind}${voice}>\n${parts.map((part) => part[1]).join(' ')}\n</Para>\n`;
  }
  return { vi, en };
}

/** Writes N synthetic speeches into `<contentDir>/speeches/{vi,en}/`, beside whatever is there. */
export function writeSyntheticSpeeches(contentDir: string, count: number): void {
  for (const lang of ['vi', 'en'] as const) mkdirSync(join(contentDir, 'speeches', lang), { recursive: true });
  for (let index = 1; index <= count; index++) {
    const { vi, en } = speech(index);
    writeFileSync(join(contentDir, 'speeches', 'vi', `${benchSpeechId(index)}.mdx`), vi);
    writeFileSync(join(contentDir, 'speeches', 'en', `${benchSpeechId(index)}.mdx`), en);
  }
}
