import { withQuery } from './client';

describe('withQuery', () => {
  it('drops empty filters and repeats list values', () => {
    expect(withQuery('/api/leads', { status: ['NEW', 'QUALIFIED'], q: '', agentId: undefined, channel: 'webchat' })).toBe(
      '/api/leads?status=NEW&status=QUALIFIED&channel=webchat',
    );
    expect(withQuery('/api/leads', { q: '' })).toBe('/api/leads');
  });

  it('encodes search text', () => {
    expect(withQuery('/api/leads', { q: 'مرینا & jbr' })).toBe('/api/leads?q=%D9%85%D8%B1%DB%8C%D9%86%D8%A7+%26+jbr');
  });
});
