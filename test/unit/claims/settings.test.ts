/** The claim-notes setting: parsed with the rest of the settings, global and per site. */
import { test } from 'node:test';
import '../i18n/install.ts';
import assert from 'node:assert/strict';
import { parseSettings } from '../../../src/shared/settings/schema.ts';
import { claimNotesOn, withClaimNotesForHost } from '../../../src/shared/claims/settings.ts';

test('claim notes are on by default, and old stored settings without the field get the default', () => {
  const { settings, problems } = parseSettings({ version: 1, sites: [] });
  assert.equal(settings.claimNotes, undefined, 'the default is not stored');
  assert.deepEqual(problems, []);
  assert.equal(parseSettings({ version: 1, claimNotes: { enabled: true, offHosts: [] } }).settings.claimNotes, undefined);
  assert.equal(claimNotesOn(settings.claimNotes, 'news.example.com'), true);
});

test('off globally, or off for one exact host', () => {
  const off = withClaimNotesForHost({ enabled: true, offHosts: [] }, 'News.Example.com', false);
  assert.deepEqual(off.offHosts, ['news.example.com']);
  assert.equal(claimNotesOn(off, 'news.example.com'), false);
  assert.equal(claimNotesOn(off, 'example.com'), true);
  assert.equal(claimNotesOn(withClaimNotesForHost(off, 'news.example.com', true), 'news.example.com'), true);
  assert.equal(claimNotesOn({ enabled: false, offHosts: [] }, 'example.com'), false);
});

test('an invalid field is dropped whole and reported; a valid one is kept', () => {
  const { settings, problems } = parseSettings({ version: 1, claimNotes: { enabled: 'yes', offHosts: ['a.com'] } });
  assert.equal(settings.claimNotes, undefined);
  assert.deepEqual(problems, ['claimNotes: not valid; claim notes are on everywhere']);
  assert.equal(parseSettings({ version: 1, claimNotes: { enabled: true, offHosts: ['not a host'] } }).settings.claimNotes, undefined);
  assert.equal(parseSettings({ version: 1, claimNotes: [] }).settings.claimNotes, undefined);
  assert.deepEqual(parseSettings({ version: 1, claimNotes: { enabled: false, offHosts: [] } }).settings.claimNotes, { enabled: false, offHosts: [] });
  assert.deepEqual(parseSettings({ version: 1, claimNotes: { enabled: true, offHosts: ['a.com', 'a.com'] } }).settings.claimNotes, { enabled: true, offHosts: ['a.com'] });
});
