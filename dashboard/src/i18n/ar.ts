import type { Texts } from './en';

export const ar: Texts = {
  common: {
    loading: 'جارٍ التحميل…', nothing: 'لا شيء هنا بعد.', save: 'حفظ', saved: 'تم الحفظ.', cancel: 'إلغاء', edit: 'تعديل',
    delete: 'حذف', add: 'إضافة', more: 'عرض المزيد', search: 'بحث', close: 'إغلاق', language: 'اللغة', live: 'مباشر',
  },
  errors: {
    generic: 'حدث خطأ ما. يرجى المحاولة مرة أخرى.', network: 'تعذّر الوصول إلى المنصة. تحقّق من اتصالك.',
    forbidden: 'دورك لا يسمح بهذا الإجراء.', notFound: 'لم يعد هذا العنصر موجودًا.', conflict: 'غيّر شخص آخر هذا في الأثناء؛ أعد التحميل وحاول مجددًا.',
  },
  login: {
    subtitle: 'سجّل الدخول إلى لوحة تحكم وكالتك', email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'تسجيل الدخول',
    wrong: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.', throttled: 'محاولات كثيرة. انتظر دقيقة ثم حاول مجددًا.',
  },
  nav: {
    main: 'التنقل الرئيسي', leads: 'العملاء المحتملون', conversations: 'المحادثات المباشرة', appointments: 'المواعيد', inventory: 'العقارات',
    agents: 'الوكلاء والتوفر', knowledgeBase: 'قاعدة المعرفة', channels: 'القنوات', analytics: 'التحليلات',
    platform: 'الوكالات والخطط والإيراد الشهري', signOut: 'تسجيل الخروج',
  },
  role: { super_admin: 'مالك المنصة', tenant_admin: 'مدير الوكالة', agent: 'وكيل' },
  leads: {
    search: 'ابحث بالاسم أو الهاتف أو المنطقة', status: 'الحالة', channel: 'القناة', agent: 'الوكيل', allStatuses: 'كل الحالات',
    allChannels: 'كل القنوات', allAgents: 'كل الوكلاء', name: 'العميل', language: 'اللغة', budget: 'الميزانية', score: 'التقييم',
    created: 'تاريخ الإنشاء', assign: 'إسناد إلى', unassigned: 'غير مُسند', anonymous: 'عميل بلا اسم', export: 'تصدير إلى Excel',
    exported: 'تم تنزيل {{name}}.', pdf: 'تقرير PDF', phone: 'الهاتف', goal: 'الهدف', propertyType: 'نوع العقار',
    transaction: 'شراء أو إيجار', history: 'سجل الحالة', notes: 'ملاحظات', addNote: 'أضف ملاحظة',
  },
  status: {
    NEW: 'جديد', QUALIFIED: 'مؤهَّل', CONTACTED: 'تم التواصل', VIEWING_SCHEDULED: 'معاينة مجدولة', NEGOTIATING: 'قيد التفاوض',
    CLOSED_WON: 'ناجح', CLOSED_LOST: 'خاسر',
  },
  state: {
    START: 'البداية', WARMUP: 'التعارف', SLOT_FILLING: 'تحديد الاحتياجات', VALUE_PROPOSITION: 'عرض العقارات', HARD_GATE: 'طلب الهاتف',
    ENGAGEMENT: 'متفاعل', HANDOFF_SCHEDULE: 'حجز معاينة', COMPLETED: 'مكتملة', HUMAN_TAKEOVER: 'بيد الوكيل',
  },
  channel: { telegram: 'تيليجرام', whatsapp: 'واتساب', webchat: 'دردشة الموقع' },
  goal: { investment: 'استثمار', living: 'سكن', residency: 'إقامة' },
  transaction: { buy: 'شراء', rent: 'إيجار' },
  propertyType: {
    apartment: 'شقة', villa: 'فيلا', penthouse: 'بنتهاوس', townhouse: 'تاون هاوس', studio: 'استوديو', duplex: 'دوبلكس',
    office: 'مكتب', retail: 'محل تجاري', land: 'أرض',
  },
  transcript: {
    title: 'المحادثة', visitor: 'الزائر', bot: 'البوت', agent: 'الوكيل', voice: 'رسالة صوتية', photo: 'صورة',
    tookOver: 'تولّى وكيل المحادثة', handedBack: 'أُعيدت المحادثة إلى البوت',
    takeOver: 'تولّي المحادثة', handBack: 'إعادتها إلى البوت', reply: 'اكتب ردًا', takeOverFirst: 'تولَّ المحادثة لتتمكن من الرد',
    send: 'إرسال',
  },
  conversations: { state: 'المرحلة', lastActivity: 'آخر نشاط', open: 'فتح' },
  inventory: {
    add: 'إضافة عقار', import: 'استيراد CSV', reference: 'المرجع', title: 'العنوان', price: 'السعر', currency: 'العملة',
    community: 'المنطقة', bedrooms: 'غرف النوم', confirmDelete: 'حذف العقار {{reference}}؟',
    report: 'قُرئ {{rows}} صفًا: {{created}} جديد، {{updated}} محدَّث، {{rejected}} مرفوض.', line: 'السطر', problems: 'المشكلات',
    photos: 'صور {{reference}}', photosButton: 'الصور ({{count}})', photoNone: 'لا توجد صور بعد.', photoUpload: 'رفع صورة', photoType: 'يجب أن تكون الصورة JPEG أو PNG أو WebP.', photoSize: 'حجم الصورة 10 ميغابايت على الأكثر.', photoUnavailable: 'الصورة غير متاحة',
  },
  agents: {
    add: 'إضافة مستخدم', name: 'الاسم', role: 'الدور', inactive: 'غير نشط', availability: 'التوفر الأسبوعي', timeZone: 'المنطقة الزمنية: {{zone}}',
    day: 'اليوم', from: 'من', to: 'إلى', addHours: 'إضافة ساعات', timeOff: 'إجازات',
    takesViewings: 'يستقبل المعاينات', dailyLimit: 'أقصى عدد للمعاينات يوميًا (فارغ: الافتراضي)',
    extraHours: 'ساعات إضافية', kind: 'النوع', firstDay: 'اليوم الأول', lastDay: 'اليوم الأخير (فارغ: اليوم نفسه)', date: 'التاريخ', note: 'ملاحظة', addDated: 'إضافة إلى القائمة',
  },
  day: { MONDAY: 'الاثنين', TUESDAY: 'الثلاثاء', WEDNESDAY: 'الأربعاء', THURSDAY: 'الخميس', FRIDAY: 'الجمعة', SATURDAY: 'السبت', SUNDAY: 'الأحد' },
  appointments: {
    previous: 'الأسبوع السابق', next: 'الأسبوع التالي', thisWeek: 'هذا الأسبوع', lead: 'العميل', confirm: 'تأكيد', complete: 'تمت',
    noShow: 'لم يحضر', cancel: 'إلغاء',
    reschedule: 'إعادة الجدولة', newTime: 'الموعد الجديد', move: 'نقل', close: 'إغلاق', noSlots: 'لا توجد مواعيد متاحة.', taken: 'حُجز هذا الموعد للتو؛ هذه المواعيد متاحة:',
  },
  appointmentStatus: {
    BOOKED: 'محجوز', CONFIRMED: 'مؤكَّد', COMPLETED: 'تمت', NO_SHOW: 'لم يحضر', CANCELLED: 'ملغى', RESCHEDULED: 'أعيدت جدولته',
  },
  kb: {
    add: 'إضافة سؤال', hint: 'يجيب البوت الزوار من هذه الإدخالات وبلغتهم.', topic: 'الموضوع',
    question: 'السؤال', answer: 'الإجابة', confirmDelete: 'حذف هذا الإدخال بكل اللغات؟',
  },
  languageName: { en: 'الإنجليزية', fa: 'الفارسية', ar: 'العربية', ru: 'الروسية' },
  channels: {
    connected: 'متصل', notConnected: 'غير متصل', delivery: 'تصل التحديثات عبر {{mode}}.', botToken: 'رمز البوت (من @BotFather)',
    connect: 'ربط', disconnect: 'فصل', confirmDisconnect: 'فصل هذه القناة؟ سيتوقف البوت عن الرد عليها.',
    phoneNumberId: 'معرّف رقم الهاتف', accessToken: 'رمز الوصول', appSecret: 'سر التطبيق (لتطبيق Meta الخاص بك فقط)',
    templateName: 'القالب للرسائل بعد 24 ساعة', templateLanguage: 'لغة القالب', webchat: 'دردشة الموقع',
    origins: 'المواقع المسموح لها بتضمين الدردشة (موقع في كل سطر)',
  },
  funnel: { started: 'بدأت', qualified: 'مؤهَّلة', phoneCaptured: 'تم أخذ الهاتف', viewingBooked: 'حُجزت معاينة', completed: 'مكتملة' },
  analytics: {
    period: 'الفترة', lastDays: 'آخر {{count}} يومًا', completionRate: 'معدل الإكمال',
    qualificationRate: 'معدل أخذ الهاتف', firstReply: 'أول رد', slotFilling: 'زمن التأهيل', agentResponse: 'استجابة الوكيل',
    funnel: 'قمع المحادثات', trends: 'الاتجاهات', dropOff: 'أين توقفت المحادثات غير المكتملة', languages: 'اللغات',
    leaderboard: 'ترتيب الوكلاء', agent: 'الوكيل', leadsHandled: 'العملاء', viewingsBooked: 'المعاينات', conversions: 'الصفقات',
    responseTime: 'زمن الاستجابة', costs: 'تكاليف الذكاء الاصطناعي', costSummary: '{{cost}} مقابل {{calls}} استدعاء؛ {{perLead}} لكل عميل مؤهَّل.',
  },
  platform: {
    register: 'تسجيل وكالة', mrr: 'الإيراد الشهري المتكرر', active: 'وكالات نشطة', suspended: 'وكالات معلّقة', growth: 'الإيراد والنمو والتسرّب',
    newTenants: 'وكالات جديدة', churned: 'متسرّبة', tenants: 'الوكالات', slug: 'العنوان (slug)', name: 'الاسم', plan: 'الخطة',
    price: 'السعر الشهري', timeZone: 'المنطقة الزمنية', changePlan: 'تغيير الخطة', suspend: 'تعليق', activate: 'إعادة التفعيل',
    confirmSuspend: 'تعليق {{name}}؟ ستتوقف بوتاتها ولن يتمكن مستخدموها من الدخول.', newPlan: 'اسم الخطة الجديدة',
    newPrice: 'السعر الشهري الجديد بـ {{currency}}', costs: 'تكاليف الذكاء الاصطناعي لكل وكالة', calls: 'الاستدعاءات', cost: 'التكلفة', costPerLead: 'لكل عميل مؤهَّل',
  },
  tenantStatus: { active: 'نشطة', suspended: 'معلّقة' },
  bot: {
    title: 'جرّب البوت الخاص بك', slug: 'عنوان وكالتك (slug)', start: 'ابدأ محادثة', message: 'اكتب رسالة',
    unknownAgency: 'لا توجد وكالة نشطة على هذا العنوان.',
  },
};
