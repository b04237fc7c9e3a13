// The worker refuses anything that is not exactly a StoryDiff request.
import { describe, expect, test } from 'vitest';
import { parseRequest } from './validate';

describe('parseRequest', () => {
  test('accepts well-formed requests', () => {
    expect(parseRequest({ type: 'captureTab', params: { tabId: 3 } })).toEqual({
      type: 'captureTab',
      params: { tabId: 3 },
    });
    expect(parseRequest({ type: 'listLibrary', params: {} })).not.toBeNull();
    expect(parseRequest({ type: 'listLibrary', params: { search: 'kyiv' } })).not.toBeNull();
    expect(parseRequest({ type: 'compareArticles', params: { baseId: 'a', otherId: 'b' } })).not.toBeNull();
  });

  test.each([
    ['not an object', 'captureTab'],
    ['null', null],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'evalThis', params: {} }],
    ['an inherited name', { type: 'toString', params: {} }],
    ['missing params', { type: 'captureTab' }],
    ['a wrong param type', { type: 'captureTab', params: { tabId: '3' } }],
    ['a negative tab', { type: 'captureTab', params: { tabId: -1 } }],
    ['an extra param', { type: 'captureTab', params: { tabId: 3, code: 'alert(1)' } }],
    ['an extra field', { type: 'captureTab', params: { tabId: 3 }, extra: true }],
    ['an empty id', { type: 'deleteArticle', params: { id: '' } }],
    ['a huge search', { type: 'listLibrary', params: { search: 'x'.repeat(10_000) } }],
  ])('refuses %s', (_what, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});
