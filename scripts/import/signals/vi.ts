/** The import's words for Vietnamese sources (what each one is for: ./index.ts). */
import type { LanguageSignals } from './index.ts';

const weekday = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`;

export const vietnameseSignals: LanguageSignals = {
  relatedHeading: /^(?:tin|bài)(?:\s+bài)?\s+(?:liên quan|cùng chuyên mục|mới(?: nhất)?|khác)|^đọc nhiều|^(?:tin bài\s+)?có thể bạn quan tâm|^xem thêm\s*:?$|^tin nổi bật$/iu,
  chromeLine: /^(?:email|e-mail|hotline|đường dây nóng|điện thoại|fax|liên hệ quảng cáo)\s*:|^theo dõi chúng tôi|^chia sẻ(?:\s+bài viết)?\s*:?$|^(?:tags?|từ khóa|từ khoá|chủ đề)\s*:|^bản quyền|^©/iu,
  mastheadClock: new RegExp(String.raw`^${weekday},?\s+(?:ngày\s+)?(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4})(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(?GMT[+-]\d+\)?)?)?$`, 'iu'),
  dateLabel: /^\s*(?:date|ngày(?: đăng)?)\s*:?\s*(?<iso>\d{4}-\d{2}-\d{2})\s+/iu,
  captionCredit: /[\s(]ảnh\s*:\s*(?<credit>[^().,;:!?]{1,50}?)\s*\)?\s*\.?$/iu,
  questionLabel: /^(?:hỏi|pv|phóng viên)\s*:/iu,
  reporting: /(?<!\p{L})(?:nhấn mạnh|khẳng định|yêu cầu|đề nghị|lưu ý|chỉ rõ|ghi nhận|cho rằng|cho biết|tin tưởng|chúc|kêu gọi|chỉ đạo|bày tỏ|đánh giá|phát biểu)(?!\p{L})|^theo [^,]{2,60},/iu,
  narrationOpening: /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:nay|qua|\d{1,2}\/\d{1,2})|^tại\s[^,]{2,60},\s[^,]*(?:đã|đã có)\s/iu,
  quoteAttribution: /^\s*[,–-]?\s*[^.;“”"]{0,60}?(?:nhấn mạnh|khẳng định|nói|cho biết|chia sẻ|phát biểu|yêu cầu|lưu ý)(?!\p{L})/iu,
  enumerations: [
    { ordinals: ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười'] },
    { ordinals: ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là', 'Tám là', 'Chín là', 'Mười là'] },
  ],
  enumerationKinds: [
    { kind: 'breakthrough', words: /đột phá/iu },
    { kind: 'orientation', words: /định hướng/iu },
  ],
  distinctiveLetters: /[ăâđêôơưạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]/iu,
  distinctiveShare: 0.3,
  document: {
    motto: /^(?:cộng hòa|cộng hoà) xã hội chủ nghĩa việt nam$|^độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc$|^đảng cộng sản việt nam$/iu,
    numberLine: /^số\s*:\s*(?<number>\S.*?)\s*$/iu,
    placeDate: /^(?<place>\p{Lu}[^,]{1,40}),\s*ngày\s+(?:(?<day>\d{1,2})|[\s.…_]*)\s*tháng\s+(?:(?<month>\d{1,2})|[\s.…_]*)\s*năm\s+(?:(?<year>\d{4})|[\s.…_]*)\s*\.?$/iu,
    documentTypes: ['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Quy định', 'Quy chế', 'Nghị định', 'Thông tư', 'Luật', 'Pháp lệnh', 'Hướng dẫn', 'Kế hoạch', 'Chương trình', 'Đề án', 'Thông báo', 'Báo cáo', 'Công văn', 'Thông tri'],
    titleOpening: /^về\s/iu,
    recipients: /^nơi nhận\s*:?/iu,
    signatureCapacity: /^(?:t\/m|tm\.|k\/t|kt\.|t\/l|tl\.|tuq\.|q\.)\s*\S/iu,
    signatureMark: /^[([]?\s*(?:đã ký(?: và đóng dấu)?|đã ký, đóng dấu|ký tên, đóng dấu)\s*[)\]]?\.?$/iu,
    stateLevels: [
      { level: 'phan', words: /^phần\s+(?<n>\d+|[IVXLCDM]+)(?![\p{L}\d])[.:]?\s*(?<rest>.*)$/iu },
      { level: 'chuong', words: /^chương\s+(?<n>[IVXLCDM]+|\d+)(?![\p{L}\d])[.:]?\s*(?<rest>.*)$/iu },
      { level: 'muc', words: /^mục\s+(?<n>\d+)(?![\p{L}\d])[.:]?\s*(?<rest>.*)$/iu },
      { level: 'dieu', words: /^điều\s+(?<n>\d+)(?![\p{L}\d])[.:]?\s*(?<rest>.*)$/iu },
      { level: 'khoan', words: /^khoản\s+(?<n>\d+)(?![\p{L}\d])[.:]?\s*(?<rest>.*)$/iu },
      { level: 'diem', words: /^điểm\s+(?<n>[a-zđ])(?![\p{L}\d])[).:]?\s*(?<rest>.*)$/iu },
    ],
  },
};
