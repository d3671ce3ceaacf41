import { render, screen, waitFor } from '@testing-library/react';
import '../i18n';
import i18n from '../i18n';
import { saveTokens } from '../api/session';
import { Transcript } from '../components/Transcript';
import { photoProblem, storedPhotoId } from '../components/ListingPhotos';
import { datedLabel, daysOff, hoursOn, nextHours } from './AgentsPage';
import { dayIn, weekStart } from './AppointmentsPage';

describe('weekStart', () => {
  it('is the Monday of the week, also across a month end', () => {
    expect(weekStart(new Date(2026, 10, 24), 0)).toBe('2026-11-23');
    expect(weekStart(new Date(2026, 10, 29), 0)).toBe('2026-11-23');
    expect(weekStart(new Date(2026, 10, 24), 1)).toBe('2026-11-30');
  });
});

describe('dayIn', () => {
  it("is the day in the tenant's time zone, not in UTC", () => {
    expect(dayIn('2026-11-23T21:30:00Z', 'Asia/Dubai')).toBe('2026-11-24');
    expect(dayIn('2026-11-23T19:30:00Z', 'Asia/Dubai')).toBe('2026-11-23');
  });
});

describe('nextHours', () => {
  it('adds office hours on the first day that has none', () => {
    expect(nextHours([])).toEqual({ day: 'MONDAY', start: '09:00', end: '18:00' });
    expect(nextHours([{ day: 'MONDAY', start: '10:00', end: '12:00' }]).day).toBe('TUESDAY');
  });
});

describe('Transcript', () => {
  it('shows who said what, voice transcripts and photos', async () => {
    await i18n.changeLanguage('en');
    render(
      <Transcript
        messages={[
          { direction: 'in', text: 'hi', at: '2026-11-24T10:00:00Z' },
          { direction: 'out', author: 'bot', text: 'What is your main goal?', buttons: [{ label: 'Investment', callbackData: 'goal:investment' }] },
          { direction: 'in', kind: 'voice', transcript: 'two million dirhams' },
          { direction: 'out', author: 'bot', text: 'Your report', attachments: [{ kind: 'document', ref: 'lead-report:1', fileName: 'report.pdf' }] },
          { direction: 'out', author: 'agent', text: 'This is Omid.' },
        ]}
      />,
    );
    expect(screen.getByText('What is your main goal?')).toBeTruthy();
    expect(screen.getByText('Investment')).toBeTruthy();
    expect(screen.getByText(/two million dirhams/)).toBeTruthy();
    expect(screen.getByText(/report\.pdf/)).toBeTruthy();
    expect(document.querySelector('[data-author="agent"]')?.textContent).toContain('This is Omid.');
  });

  it("notes an agent's takeover and handback between the bubbles and shows their reply once", async () => {
    await i18n.changeLanguage('en');
    const { container } = render(
      <Transcript
        messages={[
          { direction: 'in', author: 'user', kind: 'text', text: 'hello' },
          { direction: 'in', author: 'agent', kind: 'takeover' },
          { direction: 'in', author: 'agent', kind: 'reply', text: 'I am Omid' },
          { direction: 'out', author: 'agent', kind: 'text', text: 'I am Omid' },
          { direction: 'in', author: 'agent', kind: 'handback' },
          { direction: 'in', author: 'user', kind: 'photo' },
        ]}
      />,
    );
    expect(screen.getAllByText('I am Omid')).toHaveLength(1);
    expect(screen.getByText(/An agent took the conversation over/)).toBeTruthy();
    expect(screen.getByText(/Handed back to the bot/)).toBeTruthy();
    expect(container.querySelectorAll('.from-visitor')).toHaveLength(2);
    expect(screen.getByText(/Photo/)).toBeTruthy();
  });

  it("fetches a visitor's photo from the gateway with the session's token", async () => {
    await i18n.changeLanguage('en');
    saveTokens({ accessToken: 'token-1', refreshToken: 'r', expiresIn: 900 });
    const fetched: { url: string; auth: string | null }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetched.push({ url, auth: new Headers(init.headers).get('Authorization') });
      return new Response(new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }), { status: 200 });
    });
    URL.createObjectURL = () => 'blob:photo-1';
    URL.revokeObjectURL = () => undefined;
    render(<Transcript messages={[{ direction: 'in', author: 'user', kind: 'photo', media: { ref: 'media:t/p 1', mimeType: 'image/jpeg' } }]} />);

    await waitFor(() => expect(screen.getByTestId('chat-photo').getAttribute('src')).toBe('blob:photo-1'));
    expect(fetched[0]).toEqual({ url: '/api/media?ref=media%3At%2Fp%201', auth: 'Bearer token-1' });
    vi.unstubAllGlobals();
    saveTokens(null);
  });

  it('links a document the bot sent where the viewer may download it', async () => {
    await i18n.changeLanguage('en');
    render(
      <Transcript
        messages={[{ id: 'm-1', direction: 'out', author: 'bot', text: 'Booked', attachments: [{ kind: 'calendar', ref: 'appointment-ics:1', fileName: 'viewing.ics' }] }]}
        attachmentHref={(message, index) => `/webchat/demo/sessions/s-1/messages/${message.id}/attachments/${index}`}
      />,
    );
    expect(screen.getByText('viewing.ics').closest('a')?.getAttribute('href')).toBe('/webchat/demo/sessions/s-1/messages/m-1/attachments/0');
  });

  it('turns the page right to left for Persian and Arabic', async () => {
    await i18n.changeLanguage('fa');
    expect(document.documentElement.dir).toBe('rtl');
    await i18n.changeLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await i18n.changeLanguage('ru');
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('dated changes', () => {
  it('makes time off whole days, the last one included', () => {
    expect(daysOff('2030-02-28', '', ' ')).toEqual({ start: '2030-02-28T00:00', end: '2030-03-01T00:00', note: null });
    expect(daysOff('2030-02-01', '2030-02-07', 'Leave')).toEqual({ start: '2030-02-01T00:00', end: '2030-02-08T00:00', note: 'Leave' });
  });

  it('labels whole days as dates and hours as times', () => {
    expect(datedLabel(daysOff('2030-02-01', '', ''))).toBe('2030-02-01');
    expect(datedLabel(daysOff('2030-02-01', '2030-02-07', ''))).toBe('2030-02-01 – 2030-02-07');
    expect(datedLabel(hoursOn('2030-02-01', '18:00', '21:00', ''))).toBe('2030-02-01 18:00 – 21:00');
  });
});

describe('listing photos', () => {
  it('tells stored photos from external URLs', () => {
    expect(storedPhotoId('p1', '/api/properties/p1/photos/abc')).toBe('abc');
    expect(storedPhotoId('p1', 'https://cdn.example/p1.jpg')).toBeNull();
  });

  it('refuses other types and files over 10 MB before sending them', () => {
    expect(photoProblem({ type: 'image/png', size: 100 })).toBeNull();
    expect(photoProblem({ type: 'image/gif', size: 100 })).toBe('type');
    expect(photoProblem({ type: 'image/webp', size: 10 * 1024 * 1024 + 1 })).toBe('size');
  });
});
