import type { Texts } from './en';

export const fa: Texts = {
  common: {
    loading: 'در حال بارگذاری…', nothing: 'هنوز چیزی اینجا نیست.', save: 'ذخیره', saved: 'ذخیره شد.', cancel: 'انصراف', edit: 'ویرایش',
    delete: 'حذف', add: 'افزودن', more: 'نمایش بیشتر', search: 'جستجو', close: 'بستن', language: 'زبان', live: 'زنده',
  },
  errors: {
    generic: 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید.', network: 'دسترسی به سامانه ممکن نیست. اتصال خود را بررسی کنید.',
    forbidden: 'نقش شما اجازهٔ این کار را ندارد.', notFound: 'این مورد دیگر وجود ندارد.', conflict: 'کس دیگری در این فاصله آن را تغییر داد؛ صفحه را دوباره بارگذاری کنید.',
  },
  login: {
    subtitle: 'ورود به داشبورد آژانس', email: 'ایمیل', password: 'رمز عبور', submit: 'ورود',
    wrong: 'ایمیل یا رمز عبور نادرست است.', throttled: 'تلاش‌های زیاد. یک دقیقه صبر کنید و دوباره امتحان کنید.',
  },
  nav: {
    main: 'ناوبری اصلی', leads: 'سرنخ‌ها', conversations: 'گفتگوهای زنده', appointments: 'قرارها', inventory: 'املاک',
    agents: 'مشاوران و زمان‌های آزاد', knowledgeBase: 'پایگاه دانش', channels: 'کانال‌ها', analytics: 'تحلیل‌ها',
    platform: 'آژانس‌ها، طرح‌ها و درآمد ماهانه', signOut: 'خروج',
  },
  role: { super_admin: 'مالک سامانه', tenant_admin: 'مدیر آژانس', agent: 'مشاور' },
  leads: {
    search: 'جستجوی نام، تلفن یا منطقه', status: 'وضعیت', channel: 'کانال', agent: 'مشاور', allStatuses: 'همهٔ وضعیت‌ها',
    allChannels: 'همهٔ کانال‌ها', allAgents: 'همهٔ مشاوران', name: 'سرنخ', language: 'زبان', budget: 'بودجه', score: 'امتیاز',
    created: 'ایجاد', assign: 'واگذاری به', unassigned: 'واگذار نشده', anonymous: 'سرنخ بی‌نام', export: 'خروجی اکسل',
    exported: '{{name}} دانلود شد.', pdf: 'گزارش PDF', phone: 'تلفن', goal: 'هدف', propertyType: 'نوع ملک',
    transaction: 'خرید یا اجاره', history: 'تاریخچهٔ وضعیت', notes: 'یادداشت‌ها', addNote: 'افزودن یادداشت',
  },
  status: {
    NEW: 'جدید', QUALIFIED: 'واجد شرایط', CONTACTED: 'تماس گرفته شده', VIEWING_SCHEDULED: 'بازدید تنظیم شده', NEGOTIATING: 'در حال مذاکره',
    CLOSED_WON: 'موفق', CLOSED_LOST: 'ناموفق',
  },
  state: {
    START: 'آغاز', WARMUP: 'آشنایی', SLOT_FILLING: 'ارزیابی نیاز', VALUE_PROPOSITION: 'نمایش املاک', HARD_GATE: 'درخواست تلفن',
    ENGAGEMENT: 'در تعامل', HANDOFF_SCHEDULE: 'رزرو بازدید', COMPLETED: 'تکمیل شده', HUMAN_TAKEOVER: 'در دست مشاور',
  },
  channel: { telegram: 'تلگرام', whatsapp: 'واتس‌اپ', webchat: 'چت وب‌سایت' },
  goal: { investment: 'سرمایه‌گذاری', living: 'سکونت', residency: 'اقامت' },
  transaction: { buy: 'خرید', rent: 'اجاره' },
  propertyType: {
    apartment: 'آپارتمان', villa: 'ویلا', penthouse: 'پنت‌هاوس', townhouse: 'تاون‌هاوس', studio: 'استودیو', duplex: 'دوبلکس',
    office: 'دفتر کار', retail: 'تجاری', land: 'زمین',
  },
  transcript: {
    title: 'گفتگو', visitor: 'بازدیدکننده', bot: 'ربات', agent: 'مشاور', voice: 'پیام صوتی', photo: 'عکس',
    tookOver: 'مشاور گفتگو را در دست گرفت', handedBack: 'گفتگو به ربات بازگشت',
    takeOver: 'در دست گرفتن گفتگو', handBack: 'بازگرداندن به ربات', reply: 'پاسخ بنویسید', takeOverFirst: 'برای پاسخ، گفتگو را در دست بگیرید',
    send: 'ارسال',
  },
  conversations: { state: 'مرحله', lastActivity: 'آخرین فعالیت', open: 'باز کردن' },
  inventory: {
    add: 'افزودن ملک', import: 'ورود از CSV', reference: 'کد ملک', title: 'عنوان', price: 'قیمت', currency: 'ارز',
    community: 'محله', bedrooms: 'اتاق خواب', confirmDelete: 'ملک {{reference}} حذف شود؟',
    report: '{{rows}} ردیف خوانده شد: {{created}} جدید، {{updated}} به‌روزشده، {{rejected}} ردشده.', line: 'ردیف', problems: 'ایرادها',
    photos: 'عکس‌های {{reference}}', photosButton: 'عکس‌ها ({{count}})', photoNone: 'هنوز عکسی نیست.', photoUpload: 'بارگذاری عکس', photoType: 'عکس باید JPEG، PNG یا WebP باشد.', photoSize: 'حجم عکس حداکثر ۱۰ مگابایت است.', photoUnavailable: 'عکس در دسترس نیست',
  },
  agents: {
    add: 'افزودن کاربر', name: 'نام', role: 'نقش', inactive: 'غیرفعال', availability: 'ساعات آزاد هفتگی', timeZone: 'منطقهٔ زمانی: {{zone}}',
    day: 'روز', from: 'از', to: 'تا', addHours: 'افزودن ساعت', timeOff: 'مرخصی',
    takesViewings: 'بازدید می‌گیرد', dailyLimit: 'حداکثر بازدید در روز (خالی: پیش‌فرض)',
    extraHours: 'ساعات اضافه', kind: 'نوع', firstDay: 'روز اول', lastDay: 'روز آخر (خالی: همان روز)', date: 'تاریخ', note: 'یادداشت', addDated: 'افزودن به فهرست',
  },
  day: { MONDAY: 'دوشنبه', TUESDAY: 'سه‌شنبه', WEDNESDAY: 'چهارشنبه', THURSDAY: 'پنجشنبه', FRIDAY: 'جمعه', SATURDAY: 'شنبه', SUNDAY: 'یکشنبه' },
  appointments: {
    previous: 'هفتهٔ قبل', next: 'هفتهٔ بعد', thisWeek: 'این هفته', lead: 'سرنخ', confirm: 'تأیید', complete: 'انجام شد',
    noShow: 'حاضر نشد', cancel: 'لغو',
    reschedule: 'تغییر زمان', newTime: 'زمان جدید', move: 'جابه‌جا کن', close: 'بستن', noSlots: 'زمان آزادی نیست.', taken: 'این زمان همین حالا گرفته شد؛ این زمان‌ها آزادند:',
  },
  appointmentStatus: {
    BOOKED: 'رزرو شده', CONFIRMED: 'تأیید شده', COMPLETED: 'انجام شده', NO_SHOW: 'عدم حضور', CANCELLED: 'لغو شده', RESCHEDULED: 'جابه‌جا شده',
  },
  kb: {
    add: 'افزودن پرسش', hint: 'ربات از این موارد و به زبان بازدیدکننده پاسخ می‌دهد.', topic: 'موضوع',
    question: 'پرسش', answer: 'پاسخ', confirmDelete: 'این مورد در همهٔ زبان‌ها حذف شود؟',
  },
  languageName: { en: 'انگلیسی', fa: 'فارسی', ar: 'عربی', ru: 'روسی' },
  channels: {
    connected: 'متصل', notConnected: 'متصل نیست', delivery: 'به‌روزرسانی‌ها از راه {{mode}} می‌رسند.', botToken: 'توکن ربات (از @BotFather)',
    connect: 'اتصال', disconnect: 'قطع اتصال', confirmDisconnect: 'اتصال این کانال قطع شود؟ ربات دیگر در آن پاسخ نمی‌دهد.',
    phoneNumberId: 'شناسهٔ شمارهٔ تلفن', accessToken: 'توکن دسترسی', appSecret: 'کلید محرمانهٔ برنامه (فقط برنامهٔ Meta خودتان)',
    templateName: 'قالب پیام پس از ۲۴ ساعت', templateLanguage: 'زبان قالب', webchat: 'چت وب‌سایت',
    origins: 'وب‌سایت‌هایی که می‌توانند چت را نمایش دهند (هر کدام در یک خط)',
  },
  funnel: { started: 'آغاز شده', qualified: 'واجد شرایط', phoneCaptured: 'تلفن دریافت شد', viewingBooked: 'بازدید رزرو شد', completed: 'تکمیل شده' },
  analytics: {
    period: 'بازهٔ زمانی', lastDays: '{{count}} روز گذشته', completionRate: 'نرخ تکمیل',
    qualificationRate: 'نرخ دریافت تلفن', firstReply: 'اولین پاسخ', slotFilling: 'زمان ارزیابی', agentResponse: 'پاسخ مشاور',
    funnel: 'قیف گفتگو', trends: 'روندها', dropOff: 'گفتگوهای ناتمام کجا مانده‌اند', languages: 'زبان‌ها',
    leaderboard: 'رتبه‌بندی مشاوران', agent: 'مشاور', leadsHandled: 'سرنخ‌ها', viewingsBooked: 'بازدیدها', conversions: 'موفق',
    responseTime: 'زمان پاسخ', costs: 'هزینهٔ هوش مصنوعی', costSummary: '{{cost}} برای {{calls}} فراخوانی؛ {{perLead}} به ازای هر سرنخ واجد شرایط.',
  },
  platform: {
    register: 'ثبت آژانس', mrr: 'درآمد ماهانه', active: 'آژانس‌های فعال', suspended: 'آژانس‌های معلق', growth: 'درآمد، رشد و ریزش',
    newTenants: 'آژانس‌های جدید', churned: 'ریزش', tenants: 'آژانس‌ها', slug: 'نشانی (اسلاگ)', name: 'نام', plan: 'طرح',
    price: 'قیمت ماهانه', timeZone: 'منطقهٔ زمانی', changePlan: 'تغییر طرح', suspend: 'تعلیق', activate: 'فعال‌سازی دوباره',
    confirmSuspend: '{{name}} معلق شود؟ ربات‌هایش پاسخ نمی‌دهند و کاربرانش نمی‌توانند وارد شوند.', newPlan: 'نام طرح جدید',
    newPrice: 'قیمت ماهانهٔ جدید به {{currency}}', costs: 'هزینهٔ هوش مصنوعی هر آژانس', calls: 'فراخوانی‌ها', cost: 'هزینه', costPerLead: 'به ازای هر سرنخ واجد شرایط',
  },
  tenantStatus: { active: 'فعال', suspended: 'معلق' },
  bot: {
    title: 'ربات خود را امتحان کنید', slug: 'نشانی آژانس شما (اسلاگ)', start: 'شروع گفتگو', message: 'پیامی بنویسید',
    unknownAgency: 'هیچ آژانس فعالی در این نشانی پاسخ نمی‌دهد.',
  },
};
