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
};
