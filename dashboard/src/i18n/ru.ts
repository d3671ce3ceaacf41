import type { Texts } from './en';

export const ru: Texts = {
  common: {
    loading: 'Загрузка…', nothing: 'Здесь пока ничего нет.', save: 'Сохранить', saved: 'Сохранено.', cancel: 'Отмена', edit: 'Изменить',
    delete: 'Удалить', add: 'Добавить', more: 'Показать ещё', search: 'Найти', close: 'Закрыть', language: 'Язык', live: 'В реальном времени',
  },
  errors: {
    generic: 'Что-то пошло не так. Попробуйте ещё раз.', network: 'Платформа недоступна. Проверьте подключение.',
    forbidden: 'Ваша роль не позволяет это сделать.', notFound: 'Этого больше не существует.', conflict: 'Кто-то изменил это за это время; обновите страницу и попробуйте снова.',
  },
  login: {
    subtitle: 'Вход в панель агентства', email: 'Эл. почта', password: 'Пароль', submit: 'Войти',
    wrong: 'Неверная почта или пароль.', throttled: 'Слишком много попыток. Подождите минуту.',
  },
  nav: {
    main: 'Основное меню', leads: 'Лиды', conversations: 'Живые диалоги', appointments: 'Встречи', inventory: 'Объекты',
    agents: 'Агенты и график', knowledgeBase: 'База знаний', channels: 'Каналы', analytics: 'Аналитика',
    platform: 'Агентства, тарифы и MRR', signOut: 'Выйти',
  },
  role: { super_admin: 'Владелец платформы', tenant_admin: 'Администратор агентства', agent: 'Агент' },
  leads: {
    search: 'Поиск по имени, телефону или району', status: 'Статус', channel: 'Канал', agent: 'Агент', allStatuses: 'Все статусы',
    allChannels: 'Все каналы', allAgents: 'Все агенты', name: 'Лид', language: 'Язык', budget: 'Бюджет', score: 'Оценка',
    created: 'Создан', assign: 'Назначить', unassigned: 'Не назначен', anonymous: 'Лид без имени', export: 'Выгрузить в Excel',
    exported: 'Скачан файл {{name}}.', pdf: 'PDF-отчёт', phone: 'Телефон', goal: 'Цель', propertyType: 'Тип объекта',
    transaction: 'Покупка или аренда', history: 'История статусов', notes: 'Заметки', addNote: 'Добавить заметку',
  },
  status: {
    NEW: 'Новый', QUALIFIED: 'Квалифицирован', CONTACTED: 'Связались', VIEWING_SCHEDULED: 'Просмотр назначен', NEGOTIATING: 'Переговоры',
    CLOSED_WON: 'Сделка', CLOSED_LOST: 'Потерян',
  },
  state: {
    START: 'Начало', WARMUP: 'Знакомство', SLOT_FILLING: 'Квалификация', VALUE_PROPOSITION: 'Показ объектов', HARD_GATE: 'Запрос телефона',
    ENGAGEMENT: 'Общение', HANDOFF_SCHEDULE: 'Запись на просмотр', COMPLETED: 'Завершён', HUMAN_TAKEOVER: 'Ведёт агент',
  },
  channel: { telegram: 'Telegram', whatsapp: 'WhatsApp', webchat: 'Чат на сайте' },
  goal: { investment: 'Инвестиции', living: 'Для жизни', residency: 'Резидентство' },
  transaction: { buy: 'Покупка', rent: 'Аренда' },
  propertyType: {
    apartment: 'Квартира', villa: 'Вилла', penthouse: 'Пентхаус', townhouse: 'Таунхаус', studio: 'Студия', duplex: 'Дуплекс',
    office: 'Офис', retail: 'Торговое помещение', land: 'Участок',
  },
  transcript: {
    title: 'Диалог', visitor: 'Посетитель', bot: 'Бот', agent: 'Агент', voice: 'Голосовое сообщение', photo: 'Фото',
    tookOver: 'Агент перехватил диалог', handedBack: 'Диалог возвращён боту',
    takeOver: 'Перехватить', handBack: 'Вернуть боту', reply: 'Напишите ответ', takeOverFirst: 'Чтобы ответить, перехватите диалог',
    send: 'Отправить',
  },
  conversations: { state: 'Этап', lastActivity: 'Последняя активность', open: 'Открыть' },
  inventory: {
    add: 'Добавить объект', import: 'Импорт CSV', reference: 'Артикул', title: 'Название', price: 'Цена', currency: 'Валюта',
    community: 'Район', bedrooms: 'Спальни', confirmDelete: 'Удалить объект {{reference}}?',
    report: 'Прочитано строк: {{rows}}; создано {{created}}, обновлено {{updated}}, отклонено {{rejected}}.', line: 'Строка', problems: 'Ошибки',
    photos: 'Фото {{reference}}', photosButton: 'Фото ({{count}})', photoNone: 'Фото пока нет.', photoUpload: 'Загрузить фото', photoType: 'Фото должно быть в формате JPEG, PNG или WebP.', photoSize: 'Фото не больше 10 МБ.', photoUnavailable: 'Фото недоступно',
  },
  agents: {
    add: 'Добавить пользователя', name: 'Имя', role: 'Роль', inactive: 'Неактивен', availability: 'Недельный график', timeZone: 'Часовой пояс: {{zone}}',
    day: 'День', from: 'С', to: 'До', addHours: 'Добавить часы', timeOff: 'Отсутствие',
    takesViewings: 'Проводит показы', dailyLimit: 'Не больше показов в день (пусто: по умолчанию)',
    extraHours: 'Дополнительные часы', kind: 'Тип', firstDay: 'Первый день', lastDay: 'Последний день (пусто: тот же день)', date: 'Дата', note: 'Примечание', addDated: 'Добавить в список',
  },
  day: { MONDAY: 'Понедельник', TUESDAY: 'Вторник', WEDNESDAY: 'Среда', THURSDAY: 'Четверг', FRIDAY: 'Пятница', SATURDAY: 'Суббота', SUNDAY: 'Воскресенье' },
  appointments: {
    previous: 'Предыдущая неделя', next: 'Следующая неделя', thisWeek: 'Эта неделя', lead: 'Лид', confirm: 'Подтвердить', complete: 'Состоялась',
    noShow: 'Не пришёл', cancel: 'Отменить',
    reschedule: 'Перенести', newTime: 'Новое время', move: 'Перенести сюда', close: 'Закрыть', noSlots: 'Свободных слотов нет.', taken: 'Это время только что заняли; свободны:',
  },
  appointmentStatus: {
    BOOKED: 'Забронирована', CONFIRMED: 'Подтверждена', COMPLETED: 'Состоялась', NO_SHOW: 'Неявка', CANCELLED: 'Отменена', RESCHEDULED: 'Перенесена',
  },
  kb: {
    add: 'Добавить вопрос', hint: 'Бот отвечает посетителям по этим записям на их языке.', topic: 'Тема',
    question: 'Вопрос', answer: 'Ответ', confirmDelete: 'Удалить запись на всех языках?',
  },
  languageName: { en: 'Английский', fa: 'Персидский', ar: 'Арабский', ru: 'Русский' },
  channels: {
    connected: 'Подключён', notConnected: 'Не подключён', delivery: 'Обновления приходят через {{mode}}.', botToken: 'Токен бота (от @BotFather)',
    connect: 'Подключить', disconnect: 'Отключить', confirmDisconnect: 'Отключить канал? Бот перестанет в нём отвечать.',
    phoneNumberId: 'ID номера телефона', accessToken: 'Токен доступа', appSecret: 'Секрет приложения (только для своего приложения Meta)',
    templateName: 'Шаблон для сообщений после 24 часов', templateLanguage: 'Язык шаблона', webchat: 'Чат на сайте',
    origins: 'Сайты, на которых можно разместить чат (по одному в строке)',
  },
  funnel: { started: 'Начали', qualified: 'Квалифицированы', phoneCaptured: 'Оставили телефон', viewingBooked: 'Записались на просмотр', completed: 'Завершили' },
  analytics: {
    period: 'Период', lastDays: 'Последние {{count}} дн.', completionRate: 'Доля завершённых',
    qualificationRate: 'Доля с телефоном', firstReply: 'Первый ответ', slotFilling: 'Время квалификации', agentResponse: 'Реакция агента',
    funnel: 'Воронка диалогов', trends: 'Динамика', dropOff: 'Где остановились незавершённые диалоги', languages: 'Языки',
    leaderboard: 'Рейтинг агентов', agent: 'Агент', leadsHandled: 'Лиды', viewingsBooked: 'Просмотры', conversions: 'Сделки',
    responseTime: 'Время реакции', costs: 'Расходы на ИИ', costSummary: '{{cost}} за {{calls}} вызовов ИИ; {{perLead}} на квалифицированный лид.',
  },
  platform: {
    register: 'Зарегистрировать агентство', mrr: 'MRR', active: 'Активные агентства', suspended: 'Приостановленные', growth: 'Выручка, рост и отток',
    newTenants: 'Новые агентства', churned: 'Отток', tenants: 'Агентства', slug: 'Адрес (slug)', name: 'Название', plan: 'Тариф',
    price: 'Цена в месяц', timeZone: 'Часовой пояс', changePlan: 'Сменить тариф', suspend: 'Приостановить', activate: 'Возобновить',
    confirmSuspend: 'Приостановить {{name}}? Боты перестанут отвечать, пользователи не смогут войти.', newPlan: 'Название нового тарифа',
    newPrice: 'Новая цена в месяц, {{currency}}', costs: 'Расходы на ИИ по агентствам', calls: 'Вызовы ИИ', cost: 'Стоимость', costPerLead: 'На квалифицированный лид',
  },
  tenantStatus: { active: 'Активно', suspended: 'Приостановлено' },
  bot: {
    title: 'Проверьте своего бота', slug: 'Адрес вашего агентства (slug)', start: 'Начать чат', message: 'Введите сообщение',
    unknownAgency: 'По этому адресу нет активного агентства.',
  },
};
