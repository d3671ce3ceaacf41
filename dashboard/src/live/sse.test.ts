import { SseParser } from './sse';

describe('SseParser', () => {
  it('reads events split across chunks and skips keep-alive comments', () => {
    const parser = new SseParser();
    expect(parser.push(':keep-alive\n\nevent: upd')).toEqual([]);
    expect(parser.push('ate\ndata: {"type":"lead.created"}\n\nevent: update\r\ndata: {"a":1}\r\n\r\n')).toEqual([
      { event: 'update', data: '{"type":"lead.created"}', id: undefined },
      { event: 'update', data: '{"a":1}', id: undefined },
    ]);
  });

  it('joins multi-line data and defaults the event name', () => {
    expect(new SseParser().push('id: 7\ndata: one\ndata: two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo', id: '7' }]);
  });
});
