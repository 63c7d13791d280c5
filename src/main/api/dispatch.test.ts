import { describe, expect, it } from 'vitest';
import { API_METHODS, METHOD_PURPOSES, apiContract } from '../../shared/contract/api';
import { API_METHOD_NAMES } from '../../shared/contract/methods';
import { createTestApi } from '../../test/testServices';
import { createDispatcher } from './dispatch';
import { createServices } from '../services/services';
import { openMemoryDatabase } from '../storage/database';

describe('dispatch', () => {
  it('serves exactly the methods the contract lists, each with a purpose for its messages', () => {
    const services = createServices(openMemoryDatabase());
    expect(Object.keys(services.handlers).sort()).toEqual([...API_METHOD_NAMES].sort());
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(METHOD_PURPOSES[method]).toMatch(/^[a-z]/);
  });

  it('answers an unknown method with a typed error', async () => {
    const { dispatch } = createTestApi();
    expect(await dispatch('documents.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Pressmark has no operation called "documents.drop".' },
    });
    expect(await dispatch({ toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    // Names that cannot even be turned into text (found by the contract fuzzer) are refused in words too.
    for (const hostile of [[{ toString: '' }], Object.create(null), Symbol('x')])
      expect(await dispatch(hostile, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_method', message: expect.stringMatching(/of type/) },
      });
  });

  it('refuses hostile shapes before validation: deep nesting, prototype keys, non-finite numbers', async () => {
    const { dispatch } = createTestApi();
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { content: [deep] };
    expect(await dispatch('documents.create', { title: 'T', content: deep })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('nested too deeply') },
    });
    expect(await dispatch('settings.update', JSON.parse('{"changes":{"__proto__":{"polluted":true}}}'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('forbidden key') },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dispatch('annotations.get', { id: NaN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('lists every validation problem in details and names the first in the message', async () => {
    const { dispatch } = createTestApi();
    const result = await dispatch('documents.create', { title: 5, content: 'nope' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^Could not create the document: title: /),
        details: [expect.stringContaining('title'), expect.stringContaining('content')],
      },
    });
  });

  it('turns an unexpected failure into an internal error without crashing', async () => {
    const services = createServices(openMemoryDatabase());
    const logged: unknown[] = [];
    const dispatch = createDispatcher(
      {
        ...services.handlers,
        'documents.list': () => {
          throw new TypeError('boom');
        },
      },
      { logError: (error) => logged.push(error) },
    );
    expect(await dispatch('documents.list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') },
    });
    expect(logged).toHaveLength(1);
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true });
  });
});
