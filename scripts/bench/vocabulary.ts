/**
 * The words of the benchmark's synthetic corpus: bilingual phrase banks and a small grammar that
 * puts them together, so that a thousand texts do not repeat a few sentences. Search and browsing
 * are measured on what a real library of political texts looks like to an index: a long tail of
 * sectors, places, programmes and figures over a core of very common words ("của", "và", "các"),
 * phrases chosen with a Zipf-like skew (the first of a bank most often), numbers and years that
 * vary. Every sentence is invented for measuring; none is anyone's words (the corpus names no real
 * person: scripts/bench/corpus.ts).
 */

export type Pair = readonly [vi: string, en: string];

/** A seeded generator (mulberry32), so the same seed gives the same corpus on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from a list: `uniform` evenly, `skewed` the k-th item about 1/k as often as the first. */
export function pickers(next: () => number) {
  const uniform = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const skewed = <T>(items: readonly T[]): T => {
    // Inverse of the harmonic distribution's cumulative, approximated by an exponential: item k
    // with probability ~1/k, so a few phrases are everywhere and most are rare.
    const index = Math.floor(Math.exp(next() * Math.log(items.length + 1))) - 1;
    return items[Math.min(index, items.length - 1)]!;
  };
  return { uniform, skewed, between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)) };
}

/** Who acts, as a resolution or a speech names them. */
const actors: readonly Pair[] = [
  ['Các cấp ủy, tổ chức đảng', 'Party committees and organisations'],
  ['Ủy ban nhân dân tỉnh', "The provincial People's Committee"],
  ['Hội đồng nhân dân các cấp', "People's Councils at all levels"],
  ['Các sở, ban, ngành', 'Departments and agencies'],
  ['Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội', 'The Fatherland Front and the socio-political organisations'],
  ['Đội ngũ cán bộ, đảng viên', 'Cadres and Party members'],
  ['Chính quyền cấp xã', 'Commune authorities'],
  ['Các doanh nghiệp trên địa bàn', 'Businesses in the area'],
  ['Ngành giáo dục và đào tạo', 'The education and training sector'],
  ['Ngành y tế', 'The health sector'],
  ['Lực lượng vũ trang địa phương', 'The local armed forces'],
  ['Bộ đội Biên phòng', 'The Border Guard'],
  ['Các hợp tác xã nông nghiệp', 'Agricultural cooperatives'],
  ['Đoàn Thanh niên', 'The Youth Union'],
  ['Hội Liên hiệp Phụ nữ', "The Women's Union"],
  ['Hội Nông dân', "The Farmers' Union"],
  ['Ban Tuyên giáo', 'The Propaganda and Education Commission'],
  ['Ủy ban Kiểm tra các cấp', 'Inspection Commissions at all levels'],
  ['Sở Kế hoạch và Đầu tư', 'The Department of Planning and Investment'],
  ['Sở Tài chính', 'The Department of Finance'],
  ['Sở Nông nghiệp và Môi trường', 'The Department of Agriculture and Environment'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'The Department of Culture, Sports and Tourism'],
  ['Sở Khoa học và Công nghệ', 'The Department of Science and Technology'],
  ['Công an tỉnh', 'The provincial police'],
  ['Các trường đại học, cao đẳng', 'Universities and colleges'],
  ['Người đứng đầu cơ quan, đơn vị', 'The heads of agencies and units'],
  ['Các cơ quan báo chí', 'The press'],
  ['Ngân hàng Chính sách xã hội', 'The Bank for Social Policies'],
];

/** What they are asked to do, ready for an object. */
const actions: readonly Pair[] = [
  ['cần tập trung', 'must focus on'],
  ['phải đẩy mạnh', 'must step up'],
  ['tiếp tục triển khai', 'continue to carry out'],
  ['chủ động rà soát', 'should proactively review'],
  ['quyết liệt thực hiện', 'must resolutely implement'],
  ['ưu tiên bố trí nguồn lực cho', 'should give priority in resources to'],
  ['tăng cường kiểm tra, giám sát', 'must strengthen inspection and supervision of'],
  ['đổi mới cách thức tổ chức', 'should renew the way they organise'],
  ['nâng cao chất lượng', 'must raise the quality of'],
  ['phối hợp chặt chẽ trong', 'must coordinate closely on'],
  ['xây dựng kế hoạch cụ thể về', 'should draw up a concrete plan for'],
  ['tổng kết, đánh giá', 'should review and assess'],
  ['huy động mọi nguồn lực cho', 'must mobilise every resource for'],
  ['tháo gỡ kịp thời vướng mắc trong', 'must promptly remove obstacles to'],
  ['nhân rộng các mô hình', 'should replicate the models of'],
  ['tuyên truyền sâu rộng về', 'must spread awareness of'],
  ['hoàn thiện cơ chế, chính sách về', 'should complete the mechanisms and policies for'],
  ['phân công rõ trách nhiệm trong', 'must assign clear responsibility for'],
  ['đẩy nhanh tiến độ', 'must speed up'],
  ['gắn trách nhiệm người đứng đầu với', 'should tie the responsibility of leaders to'],
];

/** What the actions bear on: the sectors and programmes of a provincial administration. */
const subjects: readonly Pair[] = [
  ['phát triển kinh tế - xã hội', 'socio-economic development'],
  ['công tác xây dựng Đảng', 'Party building'],
  ['cải cách hành chính', 'administrative reform'],
  ['giảm nghèo đa chiều', 'multidimensional poverty reduction'],
  ['xây dựng nông thôn mới', 'new rural development'],
  ['chuyển đổi số', 'digital transformation'],
  ['dịch vụ công trực tuyến', 'online public services'],
  ['thu hút đầu tư', 'attracting investment'],
  ['giải ngân vốn đầu tư công', 'disbursing public investment'],
  ['phát triển du lịch cộng đồng', 'community-based tourism'],
  ['bảo tồn di sản văn hóa', 'conserving the cultural heritage'],
  ['công viên địa chất toàn cầu', 'the global geopark'],
  ['trồng cây dược liệu dưới tán rừng', 'growing medicinal plants under the forest canopy'],
  ['chăn nuôi đại gia súc', 'raising large livestock'],
  ['sản phẩm OCOP', 'OCOP products'],
  ['nông nghiệp hữu cơ', 'organic farming'],
  ['bảo vệ và phát triển rừng', 'protecting and developing forests'],
  ['phòng, chống thiên tai', 'disaster prevention'],
  ['phòng chống sạt lở đất', 'preventing landslides'],
  ['cung cấp nước sạch', 'supplying clean water'],
  ['xử lý rác thải sinh hoạt', 'treating household waste'],
  ['xây dựng đường giao thông nông thôn', 'building rural roads'],
  ['hạ tầng viễn thông', 'telecommunications infrastructure'],
  ['lưới điện nông thôn', 'the rural power grid'],
  ['kinh tế cửa khẩu', 'the border-gate economy'],
  ['xuất nhập khẩu hàng hóa', 'the export and import of goods'],
  ['thương mại điện tử', 'e-commerce'],
  ['khu công nghiệp', 'industrial parks'],
  ['chế biến nông lâm sản', 'processing farm and forest products'],
  ['hợp tác xã kiểu mới', 'new-model cooperatives'],
  ['kinh tế tư nhân', 'the private economy'],
  ['doanh nghiệp nhỏ và vừa', 'small and medium-sized enterprises'],
  ['đào tạo nghề cho lao động nông thôn', 'vocational training for rural workers'],
  ['giải quyết việc làm', 'job creation'],
  ['xuất khẩu lao động', 'labour export'],
  ['trường phổ thông dân tộc nội trú', 'ethnic boarding schools'],
  ['phổ cập giáo dục', 'universal education'],
  ['dạy tiếng dân tộc thiểu số', 'teaching ethnic minority languages'],
  ['trạm y tế xã', 'commune health stations'],
  ['bảo hiểm y tế toàn dân', 'universal health insurance'],
  ['y tế dự phòng', 'preventive health care'],
  ['chăm sóc sức khỏe bà mẹ, trẻ em', 'maternal and child health care'],
  ['nhà ở cho hộ nghèo', 'housing for poor households'],
  ['xóa nhà tạm, nhà dột nát', 'replacing makeshift and dilapidated houses'],
  ['bình đẳng giới', 'gender equality'],
  ['công tác dân tộc', 'ethnic affairs'],
  ['tín ngưỡng, tôn giáo', 'belief and religion'],
  ['lễ hội truyền thống', 'traditional festivals'],
  ['bảo tồn chữ viết dân tộc', 'preserving ethnic scripts'],
  ['thể dục thể thao quần chúng', 'mass sport'],
  ['tuần tra, bảo vệ biên giới', 'border patrols and protection'],
  ['quản lý đường biên, mốc giới', 'managing the borderline and its markers'],
  ['an ninh trật tự ở cơ sở', 'grassroots security and order'],
  ['phòng, chống ma túy', 'drug prevention'],
  ['phòng, chống tham nhũng, tiêu cực', 'fighting corruption and negative practices'],
  ['tinh gọn tổ chức bộ máy', 'streamlining the apparatus'],
  ['sắp xếp đơn vị hành chính', 'reorganising administrative units'],
  ['đánh giá cán bộ', 'evaluating cadres'],
  ['quy hoạch cán bộ', 'cadre planning'],
  ['bồi dưỡng lý luận chính trị', 'training in political theory'],
  ['tiếp công dân', 'receiving citizens'],
  ['giải quyết khiếu nại, tố cáo', 'settling complaints and denunciations'],
  ['dữ liệu dân cư', 'population data'],
  ['chữ ký số', 'digital signatures'],
  ['thanh toán không dùng tiền mặt', 'cashless payment'],
  ['chuyển giao khoa học công nghệ', 'technology transfer'],
  ['sở hữu trí tuệ', 'intellectual property'],
  ['thu ngân sách nhà nước', 'state budget revenue'],
  ['tín dụng chính sách', 'policy credit'],
  ['quản lý đất đai', 'land management'],
  ['quy hoạch đô thị', 'urban planning'],
  ['nhà ở xã hội', 'social housing'],
  ['khai thác khoáng sản', 'mining'],
  ['năng lượng tái tạo', 'renewable energy'],
  ['thủy lợi nhỏ', 'small-scale irrigation'],
  ['hồ chứa nước', 'water reservoirs'],
  ['vùng nguyên liệu tập trung', 'concentrated raw-material areas'],
  ['liên kết chuỗi giá trị', 'value-chain links'],
  ['truy xuất nguồn gốc nông sản', 'tracing farm produce'],
  ['an toàn thực phẩm', 'food safety'],
  ['văn hóa đọc', 'a culture of reading'],
  ['thông tin cơ sở', 'grassroots information'],
];

/** Where, when and how. */
const places: readonly string[] = [
  'Hà Giang', 'Lạng Sơn', 'Bắc Kạn', 'Thái Nguyên', 'Tuyên Quang', 'Lào Cai', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La',
  'Hòa Bình', 'Phú Thọ', 'Quảng Ninh', 'Nghệ An', 'Quảng Trị', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'An Giang',
  'Trà Lĩnh', 'Trùng Khánh', 'Bảo Lạc', 'Hà Quảng', 'Nguyên Bình', 'Thạch An', 'Quảng Hòa', 'Hạ Lang', 'Bảo Lâm', 'Hòa An',
  'Thông Nông', 'Phục Hòa', 'Đông Khê', 'Xuân Trường', 'Tà Lùng', 'Pác Bó', 'Ngân Sơn', 'Ba Bể', 'Mẫu Sơn', 'Đồng Văn',
];

const manners: readonly Pair[] = [
  ['một cách thực chất, hiệu quả', 'in substance and to good effect'],
  ['theo đúng quy định của pháp luật', 'in accordance with the law'],
  ['gắn với kiểm tra, giám sát', 'together with inspection and supervision'],
  ['ở các xã vùng cao, vùng đặc biệt khó khăn', 'in highland and especially disadvantaged communes'],
  ['bảo đảm công khai, minh bạch', 'openly and transparently'],
  ['lấy người dân làm trung tâm', "with the people at the centre"],
  ['phù hợp với điều kiện của từng địa phương', 'as suits the conditions of each locality'],
  ['không để chậm trễ, đùn đẩy', 'without delay or passing the buck'],
  ['trên cơ sở dữ liệu số', 'on the basis of digital data'],
  ['với sự tham gia của người dân', 'with the participation of the people'],
];

const assessments: readonly Pair[] = [
  ['đạt nhiều kết quả tích cực', 'achieved many positive results'],
  ['có chuyển biến rõ nét', 'changed markedly'],
  ['còn một số hạn chế cần khắc phục', 'still had shortcomings to overcome'],
  ['chưa đáp ứng yêu cầu đặt ra', 'did not yet meet the requirements set'],
  ['vượt kế hoạch đề ra', 'exceeded the plan'],
  ['được nhân dân đồng tình, ủng hộ', 'won the agreement and support of the people'],
  ['tạo nền tảng cho giai đoạn tiếp theo', 'laid a foundation for the next period'],
  ['gặp nhiều khó khăn do thời tiết bất thường', 'faced many difficulties from unusual weather'],
];

const connectives: readonly Pair[] = [
  ['Bên cạnh đó', 'Besides'],
  ['Đồng thời', 'At the same time'],
  ['Trong thời gian tới', 'In the time ahead'],
  ['Trên cơ sở đó', 'On that basis'],
  ['Tuy nhiên', 'However'],
  ['Mặt khác', 'Moreover'],
  ['Nhìn chung', 'Overall'],
  ['Cụ thể', 'Specifically'],
];

/** One invented sentence in both languages; `year` anchors the dates it mentions. */
export function sentence(next: () => number, year: number): Pair {
  const { uniform, skewed, between } = pickers(next);
  const [actorVi, actorEn] = skewed(actors);
  const [actionVi, actionEn] = skewed(actions);
  const [subjectVi, subjectEn] = skewed(subjects);
  const [mannerVi, mannerEn] = uniform(manners);
  const place = skewed(places);
  const form = next();
  if (form < 0.3) return [`${actorVi} ${actionVi} ${subjectVi} ${mannerVi}.`, `${actorEn} ${actionEn} ${subjectEn} ${mannerEn}.`];
  if (form < 0.5) {
    const [connectiveVi, connectiveEn] = uniform(connectives);
    return [`${connectiveVi}, ${actorVi} ${actionVi} ${subjectVi} tại ${place}.`, `${connectiveEn}, ${actorEn.replace(/^The /, 'the ')} ${actionEn} ${subjectEn} in ${place}.`];
  }
  if (form < 0.7) {
    const [assessmentVi, assessmentEn] = uniform(assessments);
    return [`Năm ${year - between(0, 3)}, công tác ${subjectVi} ở ${place} ${assessmentVi}.`, `In ${year - between(0, 3)}, the work on ${subjectEn} in ${place} ${assessmentEn}.`];
  }
  if (form < 0.85) {
    const percent = between(5, 98);
    const target = year + between(1, 5);
    return [`Phấn đấu đến năm ${target}, tỷ lệ ${subjectVi} đạt ${percent}% tại ${place}.`, `The aim is for ${subjectEn} to reach ${percent}% in ${place} by ${target}.`];
  }
  const amount = between(12, 4800);
  return [`Tổng vốn bố trí cho ${subjectVi} là ${amount} tỷ đồng, ${mannerVi}.`, `The total allocated to ${subjectEn} is ${amount} billion dong, ${mannerEn}.`];
}

/** A topic for a title: one of the subjects, in both languages. */
export function topic(next: () => number): Pair {
  return pickers(next).skewed(subjects);
}

/** A place name (the same in both languages). */
export function place(next: () => number): string {
  return pickers(next).skewed(places);
}
