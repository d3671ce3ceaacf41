/** The JSON the platform's services answer with, as far as the dashboard reads it. */

export type LeadStatus =
  | 'NEW'
  | 'QUALIFIED'
  | 'CONTACTED'
  | 'VIEWING_SCHEDULED'
  | 'NEGOTIATING'
  | 'CLOSED_WON'
  | 'CLOSED_LOST';

export const LEAD_STATUSES: LeadStatus[] = [
  'NEW',
  'QUALIFIED',
  'CONTACTED',
  'VIEWING_SCHEDULED',
  'NEGOTIATING',
  'CLOSED_WON',
  'CLOSED_LOST',
];

export const CHANNELS = ['telegram', 'whatsapp', 'webchat'] as const;
export const LANGUAGES = ['en', 'fa', 'ar', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Lead {
  id: string;
  status: LeadStatus;
  name?: string | null;
  phone?: string | null;
  language?: string | null;
  channel?: string | null;
  chatId?: string | null;
  source?: string | null;
  goal?: string | null;
  budgetMin?: number | null;
  budgetMax?: number | null;
  currency?: string | null;
  propertyType?: string | null;
  transaction?: string | null;
  area?: string | null;
  bedrooms?: number | null;
  agentId?: string | null;
  agentName?: string | null;
  score?: number;
  createdAt?: string;
  updatedAt?: string;
  lastActivityAt?: string | null;
}

export interface LeadDetail extends Lead {
  voiceTranscript?: string | null;
  voiceNotes?: number;
  history?: { from: string | null; to: string; changedBy?: string | null; reason?: string | null; at: string }[];
  notes?: { id: string; authorId?: string; body: string; createdAt: string }[];
  conversation?: { id: string; href: string } | null;
}

/** A file in a transcript, by reference: a chat's media (served at /api/media) or a document the bot sent. */
export interface TranscriptAttachment {
  ref?: string;
  mimeType?: string | null;
  fileName?: string | null;
  kind?: string | null;
}

export interface TranscriptMessage {
  id?: string;
  direction: 'in' | 'out';
  author?: string;
  text?: string | null;
  kind?: string;
  transcript?: string | null;
  buttons?: { label: string; callbackData: string }[];
  attachments?: TranscriptAttachment[];
  /** A photo or voice note the visitor sent: a reference the gateway serves at /api/media. */
  media?: TranscriptAttachment | null;
  at?: string;
}

/** A conversation as conversation-service's dashboard API returns it (list summary or detail). */
export interface Conversation {
  id: string;
  leadId?: string | null;
  channel: string;
  chatId?: string | null;
  stage: string;
  resumeStage?: string | null;
  language?: string | null;
  takenOverBy?: string | null;
  phoneCaptured?: boolean;
  createdAt?: string;
  updatedAt?: string;
  /** The transcript, oldest first (detail only). */
  messages?: TranscriptMessage[];
}

export interface Property {
  id?: string;
  reference: string;
  type: string;
  transaction: string;
  price: number;
  currency: string;
  bedrooms?: number | null;
  sizeSqft?: number | null;
  community: string;
  titles: Record<string, string>;
  descriptions?: Record<string, string>;
  photos?: string[];
  expectedAnnualRent?: number | null;
  annualServiceCharges?: number | null;
  handoverDate?: string | null;
  residencyEligible?: boolean | null;
  active?: boolean | null;
}

export const PROPERTY_TYPES = ['apartment', 'villa', 'penthouse', 'townhouse', 'studio', 'duplex', 'office', 'retail', 'land'];

/** What a CSV import answers: rows read, listings created and updated, and the rows refused with why. */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  rejected: { line: number; reference?: string | null; problems: string[] }[];
}

/** A user leads can be assigned to, as lead-service's roster has them ({@code GET /api/lead-agents}, admins only). */
export interface LeadAgent {
  userId: string;
  displayName: string;
  role: string;
  active: boolean;
}

/** A member of staff as scheduling-service's roster has them ({@code GET /api/agents}). */
export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  active: boolean;
  takesViewings: boolean;
}

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** Hours worked every week on one day, local to the tenant's time zone, to the minute ("09:00"). */
export interface WeeklyHours {
  day: (typeof DAYS)[number];
  start: string;
  end: string;
}

/** Time off or extra hours, local date-times to the minute ("2030-02-01T00:00"). */
export interface DatedHours {
  start: string;
  end: string;
  note: string | null;
}

/** {@code GET|PUT /api/agents/{id}/availability}; a PUT replaces all of it and ignores agentId and timeZone. */
export interface Availability {
  agentId: string;
  timeZone: string;
  weekly: WeeklyHours[];
  timeOff: DatedHours[];
  extraHours: DatedHours[];
  dailyLimit: number | null;
}

export type AppointmentStatus = 'BOOKED' | 'CONFIRMED' | 'RESCHEDULED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';

/** A bookable viewing slot of scheduling-service, labelled in the requested language. */
export interface OpenSlot {
  agentId: string;
  agentName: string | null;
  start: string;
  end: string;
  label: string;
}

/** Booked, confirmed and rescheduled viewings can still change; the others are final. */
export const OPEN_APPOINTMENT: AppointmentStatus[] = ['BOOKED', 'CONFIRMED', 'RESCHEDULED'];

/** A viewing ({@code /api/appointments}): start and end are instants, timeZone the tenant's. */
export interface Appointment {
  id: string;
  agentId: string;
  agentName: string | null;
  leadId: string;
  start: string;
  end: string;
  timeZone: string;
  status: AppointmentStatus;
  /** Day and time in the requested language, in the tenant's time zone. */
  label: string;
}

export interface Translation {
  language: Language;
  question: string;
  answer: string;
}

/** An FAQ entry of ai-service's knowledge base; translations in the order fa, ar, en, ru. */
export interface KnowledgeEntry {
  id: string;
  topic: string | null;
  translations: Translation[];
  createdAt: string;
  updatedAt: string;
}

/** The channels as gateway-service shows them; secrets are never part of it. */
export interface ChannelsView {
  telegram: { configured: boolean; botUsername: string | null; delivery: string; webhookUrl: string | null };
  whatsapp: {
    configured: boolean;
    phoneNumberId: string | null;
    ownAppSecret: boolean;
    templateName: string | null;
    templateLanguage: string | null;
  };
  webchat: { allowedOrigins: string[] };
}

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  status: string;
  plan: string;
  monthlyPriceMinor: number;
  currency: string;
  timeZone?: string;
  createdAt?: string;
}

export interface FunnelStage {
  stage: string;
  leads: number;
}

export interface Funnel {
  stages: FunnelStage[];
  rates: { conversationCompletionRate: number | null; leadQualificationRate: number | null; slotsQualifiedRate: number | null };
  byChannel: { channel: string; stages: FunnelStage[] }[];
  dropOff: { state: string; conversations: number }[];
  languages: { language: string; leads: number }[];
  daily: { day: string; started: number; qualified: number; phoneCaptured: number; viewingBooked: number; completed: number }[];
}

export interface Timings {
  firstReply: { chats: number; avgMillis: number | null; p50Millis: number | null; p90Millis: number | null };
  slotFilling: { conversations: number; avgMillis: number | null; bySlot: { slot: string; fills: number; avgMillis: number | null }[] };
  agentResponse: { leads: number; avgMillis: number | null };
}

export interface LeaderboardEntry {
  agentId: string;
  displayName: string | null;
  leadsHandled: number;
  viewingsBooked: number;
  conversions: number;
  avgResponseMillis: number | null;
}

export interface Amount {
  currency: string;
  amountMinor: number;
}

export interface Mrr {
  mrr: Amount[];
  activeTenants: number;
  suspendedTenants: number;
  months: { month: string; mrr: Amount[]; activeTenants: number; newTenants: number; churnedTenants: number }[];
  tenants: { tenantId: string; slug: string | null; name: string | null; plan: string | null; monthlyPriceMinor: number | null; currency: string | null; status: string }[];
}

export interface TenantCosts {
  calls: number;
  costMicroUsd: number;
  qualifiedLeads: number;
  costPerQualifiedLeadMicroUsd: number | null;
  byModel: { provider: string; model: string; operation: string; calls: number; costMicroUsd: number }[];
}

export interface PlatformCosts {
  costMicroUsd: number;
  tenants: { tenantId: string; slug: string | null; name: string | null; calls: number; costMicroUsd: number; qualifiedLeads: number; costPerQualifiedLeadMicroUsd: number | null }[];
}
