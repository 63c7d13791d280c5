/**
 * Fact-checking through the contract: claim status transitions, the append-only history,
 * sessions (pause, resume, close, reopen; closed means read-only), the verdict scale as a
 * checked setting, and ClaimReview from the command line.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createTestApi, docJson, readFixture, steppingClock, tempDir, FIXTURE_PATH } from '../../test/testServices';
import { nextClaimStatus } from '../../shared/domain/claimWorkflow';
import { runCli } from '../cli/runCli';
import { startServices } from './startup';

async function article() {
  const api = createTestApi(steppingClock());
  await api.client.call('settings.update', {
    changes: { authorName: 'Ana Checker', organisationName: 'Example Fact Check', organisationUrl: 'https://factcheck.example.org' },
  });
  const document = await api.client.call('documents.create', { title: 'Fixture', content: docJson(readFixture()) });
  const at = (words: string) => ({ start: document.plainText.indexOf(words), end: document.plainText.indexOf(words) + words.length });
  const claim = (words: string) => api.client.call('annotations.create', { documentId: document.id, kind: 'claim', ...at(words) });
  const millions = await claim('attendees numbered into the millions');
  const order = await claim('the only Iranian military official to receive the Order of Zulfaqar');
  return { api, documentId: document.id, millions, order };
}

describe('claim status', () => {
  it('follows the verdict: given marks it given, cleared reopens it, reopen goes back to in progress', () => {
    expect(nextClaimStatus({ status: 'to_check', verdict: '' }, { verdict: 'false' })).toEqual({ ok: true, status: 'checked' });
    expect(nextClaimStatus({ status: 'checked', verdict: 'false' }, { verdict: '' })).toEqual({ ok: true, status: 'in_progress' });
    expect(nextClaimStatus({ status: 'checked', verdict: 'false' }, { status: 'in_progress' })).toEqual({
      ok: true,
      status: 'in_progress',
    });
    expect(nextClaimStatus({ status: 'in_progress', verdict: 'false' }, { verdict: 'true' })).toEqual({ ok: true, status: 'checked' });
    expect(nextClaimStatus({ status: 'to_check', verdict: '' }, { status: 'in_progress' })).toEqual({ ok: true, status: 'in_progress' });
    expect(nextClaimStatus({ status: 'to_check', verdict: '' }, { status: 'checked' })).toMatchObject({
      ok: false,
      message: 'Give the claim a verdict before marking it as given.',
    });
    expect(nextClaimStatus({ status: 'checked', verdict: 'false' }, { status: 'to_check' })).toMatchObject({ ok: false });
  });

  it('is enforced by storage with the same messages', async () => {
    const { api, millions } = await article();
    await expect(api.client.call('annotations.update', { id: millions.id, changes: { status: 'checked' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Give the claim a verdict before marking it as given.',
    });
    expect(await api.client.call('annotations.update', { id: millions.id, changes: { verdict: 'unverifiable' } })).toMatchObject({
      status: 'checked',
    });
  });
});

describe('claim history', () => {
  it('records every change of status, verdict, conclusion, evidence and reply, in order, with who and which session', async () => {
    const { api, millions } = await article();
    const session = await api.client.call('sessions.start', { documentId: millions.documentId });
    const change = (changes: Record<string, unknown>) =>
      api.client.call('annotations.update', { id: millions.id, changes, sessionId: session.id } as never);
    await change({ verdict: 'unverifiable' });
    await change({ conclusion: 'No independent count.' });
    await change({ evidence: [{ url: 'https://example.org/count', title: 'Crowd count', note: '' }] });
    await change({ replyContactedAt: '2020-01-07', replyResponse: 'No comment.' });
    await change({ status: 'in_progress' });
    await change({ verdict: 'false' });
    await change({ note: 'not tracked' });
    const history = await api.client.call('annotations.history', { annotationId: millions.id });
    expect(history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['status', 'to_check', 'checked'],
      ['verdict', '', 'unverifiable'],
      ['conclusion', '', 'No independent count.'],
      [
        'evidence',
        '[]',
        JSON.stringify([{ url: 'https://example.org/count', title: 'Crowd count', publisher: '', accessedAt: '', excerpt: '', note: '' }]),
      ],
      ['replyContactedAt', '', '2020-01-07'],
      ['replyResponse', '', 'No comment.'],
      ['status', 'checked', 'in_progress'],
      ['status', 'in_progress', 'checked'],
      ['verdict', 'unverifiable', 'false'],
    ]);
    expect(new Set(history.map((h) => h.actor))).toEqual(new Set(['Ana Checker']));
    expect(new Set(history.map((h) => h.sessionId))).toEqual(new Set([session.id]));
  });

  it('is append-only: the database refuses to change an entry', async () => {
    const { api, millions } = await article();
    await api.client.call('annotations.update', { id: millions.id, changes: { verdict: 'false' } });
    expect(() => api.services.db.prepare(`UPDATE claim_history SET to_value = 'true'`).run()).toThrow(/append-only/);
    expect((await api.client.call('annotations.history', { annotationId: millions.id })).find((h) => h.field === 'verdict')?.to).toBe(
      'false',
    );
  });
});

describe('fact-check sessions', () => {
  it('count only active time, and a closed session refuses changes made through it until reopened', async () => {
    const { api, documentId, millions } = await article();
    const session = await api.client.call('sessions.start', { documentId });
    expect(session).toMatchObject({ state: 'active', checker: 'Ana Checker', closedAt: null });
    const paused = await api.client.call('sessions.setState', { id: session.id, state: 'paused' });
    const later = await api.client.call('sessions.list', { documentId });
    expect(later[0]!.elapsedMs).toBe(paused.elapsedMs);
    const closed = await api.client.call('sessions.setState', { id: session.id, state: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    await expect(
      api.client.call('annotations.update', { id: millions.id, changes: { verdict: 'true' }, sessionId: session.id }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'This session is closed: reopen it to change its claims.',
    });
    await expect(api.client.call('sessions.update', { id: session.id, changes: { notes: 'x' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    const reopened = await api.client.call('sessions.setState', { id: session.id, state: 'active' });
    expect(reopened).toMatchObject({ state: 'active', closedAt: null });
    await api.client.call('annotations.update', { id: millions.id, changes: { verdict: 'true' }, sessionId: session.id });
    const second = await api.client.call('sessions.start', { documentId });
    expect((await api.client.call('sessions.list', { documentId })).map((s) => s.id)).toEqual([session.id, second.id]);
  });
});

describe('verdict scale setting', () => {
  it('refuses to remove or switch away from a verdict in use, naming how many claims use it', async () => {
    const { api, millions, order } = await article();
    await api.client.call('annotations.update', { id: millions.id, changes: { verdict: 'false' } });
    await api.client.call('annotations.update', { id: order.id, changes: { verdict: 'false' } });
    await expect(api.client.call('settings.editVerdictScale', { edit: { op: 'remove', id: 'false' } })).rejects.toMatchObject({
      code: 'conflict',
      message: '“False” is the verdict of 2 claims: give them another verdict before removing it.',
    });
    await expect(api.client.call('settings.editVerdictScale', { edit: { op: 'switch', preset: 'politifact' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    const renamed = await api.client.call('settings.editVerdictScale', { edit: { op: 'rename', id: 'false', label: 'Wrong' } });
    expect(renamed.verdictScale).toMatchObject({ preset: 'custom' });
    expect(renamed.verdictScale.verdicts.find((v) => v.id === 'false')?.label).toBe('Wrong');
    await api.client.call('annotations.update', { id: millions.id, changes: { verdict: '' } });
    await api.client.call('annotations.update', { id: order.id, changes: { verdict: '' } });
    const switched = await api.client.call('settings.editVerdictScale', { edit: { op: 'switch', preset: 'politifact' } });
    expect(switched.verdictScale.verdicts.map((v) => v.label)).toEqual([
      'True',
      'Mostly True',
      'Half True',
      'Mostly False',
      'False',
      'Pants on Fire',
    ]);
  });
});

describe('pressmark export --format claimreview', () => {
  it('writes an array of ClaimReviews and says on stderr which claims it left out', async () => {
    const dir = tempDir();
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c).toString()) },
      stderr: { write: (c: string) => err.push(c) },
      cwd: dir,
      env: {},
      resourcesDir: path.resolve(__dirname, '../../../resources'),
    };
    await runCli(['import', FIXTURE_PATH, '--data-dir', dir], io);
    const id = out.join('').trim();
    const services = startServices({ dataDir: dir, resourcesDir: io.resourcesDir, seedSample: false });
    const text = services.documents.get({ id }).plainText;
    const claim = (words: string, verdict: string) =>
      services.annotations.create({
        documentId: id,
        kind: 'claim',
        start: text.indexOf(words),
        end: text.indexOf(words) + words.length,
        verdict,
      });
    claim('attendees numbered into the millions', 'unverifiable');
    claim('the 62-year-old general', '');
    services.settings.update({ changes: { organisationName: 'Example Fact Check', organisationUrl: 'https://factcheck.example.org' } });
    services.db.close();
    out.length = 0;
    expect(await runCli(['export', id, '--format', 'claimreview', '--data-dir', dir], io)).toBe(0);
    const reviews = JSON.parse(out.join(''));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'attendees numbered into the millions',
      reviewRating: { alternateName: 'Unverifiable' },
    });
    expect(err.join('')).toContain('Left out “the 62-year-old general”: it has no verdict yet.');
  });
});
