/** The interface's English texts; every other language has exactly the same keys (checked by a test). */
export const en = {
  common: {
    loading: 'Loading…', nothing: 'Nothing here yet.', save: 'Save', saved: 'Saved.', cancel: 'Cancel', edit: 'Edit',
    delete: 'Delete', add: 'Add', more: 'Show more', search: 'Search', close: 'Close', language: 'Language', live: 'Live',
  },
  errors: {
    generic: 'Something went wrong. Please try again.', network: 'The platform cannot be reached. Check your connection.',
    forbidden: 'Your role may not do this.', notFound: 'It no longer exists.', conflict: 'Someone changed this meanwhile; reload and try again.',
  },
  login: {
    subtitle: 'Sign in to your agency dashboard', email: 'E-mail', password: 'Password', submit: 'Sign in',
    wrong: 'Wrong e-mail or password.', throttled: 'Too many attempts. Wait a minute and try again.',
  },
  nav: {
    main: 'Main navigation', leads: 'Leads', conversations: 'Live conversations', appointments: 'Appointments', inventory: 'Inventory',
    agents: 'Agents & availability', knowledgeBase: 'Knowledge base', channels: 'Channels', analytics: 'Analytics',
    platform: 'Tenants, plans & MRR', signOut: 'Sign out',
  },
  role: { super_admin: 'Platform owner', tenant_admin: 'Agency admin', agent: 'Agent' },
  leads: {
    search: 'Search name, phone or area', status: 'Status', channel: 'Channel', agent: 'Agent', allStatuses: 'All statuses',
    allChannels: 'All channels', allAgents: 'All agents', name: 'Lead', language: 'Language', budget: 'Budget', score: 'Score',
    created: 'Created', assign: 'Assign to', unassigned: 'Unassigned', anonymous: 'Unnamed lead', export: 'Export to Excel',
    exported: 'Downloaded {{name}}.', pdf: 'PDF report', phone: 'Phone', goal: 'Goal', propertyType: 'Property type',
    transaction: 'Buy or rent', history: 'Status history', notes: 'Notes', addNote: 'Add a note',
  },
  status: {
    NEW: 'New', QUALIFIED: 'Qualified', CONTACTED: 'Contacted', VIEWING_SCHEDULED: 'Viewing scheduled', NEGOTIATING: 'Negotiating',
    CLOSED_WON: 'Won', CLOSED_LOST: 'Lost',
  },
  state: {
    START: 'Started', WARMUP: 'Warm-up', SLOT_FILLING: 'Qualifying', VALUE_PROPOSITION: 'Showing listings', HARD_GATE: 'Asking for phone',
    ENGAGEMENT: 'Engaged', HANDOFF_SCHEDULE: 'Booking a viewing', COMPLETED: 'Completed', HUMAN_TAKEOVER: 'Agent in charge',
  },
  channel: { telegram: 'Telegram', whatsapp: 'WhatsApp', webchat: 'Web chat' },
  goal: { investment: 'Investment', living: 'Living', residency: 'Residency' },
  transaction: { buy: 'Buy', rent: 'Rent' },
  propertyType: {
    apartment: 'Apartment', villa: 'Villa', penthouse: 'Penthouse', townhouse: 'Townhouse', studio: 'Studio', duplex: 'Duplex',
    office: 'Office', retail: 'Retail', land: 'Land',
  },
  transcript: {
    title: 'Conversation', visitor: 'Visitor', bot: 'Bot', agent: 'Agent', voice: 'Voice note', photo: 'Photo',
    tookOver: 'An agent took the conversation over', handedBack: 'Handed back to the bot',
    takeOver: 'Take over', handBack: 'Hand back to the bot', reply: 'Write a reply', takeOverFirst: 'Take the conversation over to reply',
    send: 'Send',
  },
  conversations: { state: 'State', lastActivity: 'Last activity', open: 'Open' },
  inventory: {
    add: 'Add a listing', import: 'Import CSV', reference: 'Reference', title: 'Title', price: 'Price', currency: 'Currency',
    community: 'Community', bedrooms: 'Bedrooms', confirmDelete: 'Delete listing {{reference}}?',
    report: '{{rows}} rows read: {{created}} created, {{updated}} updated, {{rejected}} refused.', line: 'Line', problems: 'Problems',
    photos: 'Photos of {{reference}}', photosButton: 'Photos ({{count}})', photoNone: 'No photos yet.', photoUpload: 'Upload a photo', photoType: 'A photo must be JPEG, PNG or WebP.', photoSize: 'A photo is at most 10 MB.', photoUnavailable: 'Photo unavailable',
  },
  agents: {
    add: 'Add a user', name: 'Name', role: 'Role', inactive: 'Inactive', availability: 'Weekly availability', timeZone: 'Time zone: {{zone}}',
    day: 'Day', from: 'From', to: 'To', addHours: 'Add hours', timeOff: 'Time off',
    takesViewings: 'Takes viewings', dailyLimit: 'Viewings a day at most (blank: the default)',
    extraHours: 'Extra hours', kind: 'Kind', firstDay: 'First day', lastDay: 'Last day (blank: the same day)', date: 'Date', note: 'Note', addDated: 'Add to the list',
  },
  day: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' },
  appointments: {
    previous: 'Previous week', next: 'Next week', thisWeek: 'This week', lead: 'Lead', confirm: 'Confirm', complete: 'Held',
    noShow: 'No-show', cancel: 'Cancel',
    reschedule: 'Reschedule', newTime: 'New time', move: 'Move', close: 'Close', noSlots: 'No open slots.', taken: 'That time was just taken; these are free:',
  },
  appointmentStatus: {
    BOOKED: 'Booked', CONFIRMED: 'Confirmed', COMPLETED: 'Held', NO_SHOW: 'No-show', CANCELLED: 'Cancelled', RESCHEDULED: 'Rescheduled',
  },
  kb: {
    add: 'Add a question', hint: 'The bot answers visitors from these entries, in the visitor’s language.', topic: 'Topic',
    question: 'Question', answer: 'Answer', confirmDelete: 'Delete this entry in every language?',
  },
  languageName: { en: 'English', fa: 'Persian', ar: 'Arabic', ru: 'Russian' },
  channels: {
    connected: 'Connected', notConnected: 'Not connected', delivery: 'Updates arrive by {{mode}}.', botToken: 'Bot token (from @BotFather)',
    connect: 'Connect', disconnect: 'Disconnect', confirmDisconnect: 'Disconnect this channel? The bot stops answering on it.',
    phoneNumberId: 'Phone number ID', accessToken: 'Access token', appSecret: 'App secret (own Meta app only)',
    templateName: 'Template for messages after 24 hours', templateLanguage: 'Template language', webchat: 'Web chat',
    origins: 'Websites allowed to embed the chat (one per line)',
  },
  funnel: { started: 'Started', qualified: 'Qualified', phoneCaptured: 'Phone captured', viewingBooked: 'Viewing booked', completed: 'Completed' },
  analytics: {
    period: 'Period', lastDays: 'Last {{count}} days', completionRate: 'Completion rate',
    qualificationRate: 'Phone capture rate', firstReply: 'First reply', slotFilling: 'Qualification time', agentResponse: 'Agent response',
    funnel: 'Conversation funnel', trends: 'Trends', dropOff: 'Where unfinished conversations stand', languages: 'Languages',
    leaderboard: 'Agent leaderboard', agent: 'Agent', leadsHandled: 'Leads', viewingsBooked: 'Viewings', conversions: 'Won',
    responseTime: 'Response time', costs: 'AI costs', costSummary: '{{cost}} for {{calls}} AI calls; {{perLead}} per qualified lead.',
  },
  platform: {
    register: 'Register an agency', mrr: 'MRR', active: 'Active agencies', suspended: 'Suspended agencies', growth: 'Revenue, growth and churn',
    newTenants: 'New agencies', churned: 'Churned', tenants: 'Agencies', slug: 'Address (slug)', name: 'Name', plan: 'Plan',
    price: 'Monthly price', timeZone: 'Time zone', changePlan: 'Change plan', suspend: 'Suspend', activate: 'Reactivate',
    confirmSuspend: 'Suspend {{name}}? Its bots stop answering and its users cannot sign in.', newPlan: 'New plan name',
    newPrice: 'New monthly price in {{currency}}', costs: 'AI costs per agency', calls: 'AI calls', cost: 'Cost', costPerLead: 'Per qualified lead',
  },
  tenantStatus: { active: 'Active', suspended: 'Suspended' },
  bot: {
    title: 'Try your bot', slug: 'Your agency’s address (slug)', start: 'Start a chat', message: 'Type a message',
    unknownAgency: 'No active agency answers at this address.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** What every translation must provide. */
export type Texts = Shape<typeof en>;
