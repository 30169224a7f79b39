// @ts-check
/**
 * The demo endpoint takes the writes the events table makes (`POST /events`, `DELETE /events/<id>`),
 * each scenario keeping its own events, so a designer's Add and Delete on the demo page are real.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerDemoRequest } from '../../demo/endpoint/handler.js';

/** @param {string} method @param {string} path @param {unknown} [body] */
function ask(method, path, body) {
  const answer = answerDemoRequest(method, `/demo-api/${path}`, {}, body === undefined ? '' : JSON.stringify(body));
  assert.ok(answer, path);
  return { ...answer, data: answer.body ? JSON.parse(answer.body) : undefined };
}
/** @param {string} scenario @returns {string[]} */
const ids = (scenario) => ask('GET', `${scenario}/events`).data.events.map((/** @type {{ id: string }} */ event) => event.id);

test('an added event is listed first in its scenario only, and a deleted one is gone', () => {
  const added = ask('POST', 'expired/events', { key: 'NoLogin', finished: null, description: 'Upgrade tonight' });
  assert.equal(added.status, 201);
  assert.equal(added.data.name, 'No Login');
  assert.equal(added.data.description, 'Upgrade tonight');
  assert.equal(ids('expired')[0], added.data.id);
  assert.ok(!ids('expiring').includes(added.data.id));

  assert.equal(ask('DELETE', `expired/events/${encodeURIComponent(added.data.id)}`).status, 204);
  assert.ok(!ids('expired').includes(added.data.id));
  assert.equal(ask('DELETE', `expired/events/${encodeURIComponent(added.data.id)}`).status, 404);
});

test('two events added at once get two ids', () => {
  const first = ask('POST', 'normal/events', { key: 'NoTravel', finished: null, description: '' });
  const second = ask('POST', 'normal/events', { key: 'NoTravel', finished: null, description: '' });
  assert.notEqual(first.data.id, second.data.id);
});

test('a write changes the ETag, so the next poll reads the list again', () => {
  const before = ask('GET', 'plan-85/events').headers.ETag;
  ask('POST', 'plan-85/events', { key: 'NoFreetext', finished: '2030-01-01T12:00:00.000Z', description: '' });
  const unchanged = answerDemoRequest('GET', '/demo-api/plan-85/events', { 'if-none-match': before }, '');
  assert.equal(unchanged?.status, 200);
  assert.notEqual(unchanged?.headers.ETag, before);
});

test('refuses what the contract does not allow: another event type, a message of the day without words', () => {
  assert.equal(ask('POST', 'normal/events', { key: 'Rebuild', finished: null, description: 'x' }).status, 422);
  const motd = ask('POST', 'normal/events', { key: 'MessageOfTheDay', finished: null, description: '  ' });
  assert.equal(motd.status, 422);
  assert.match(motd.data.detail, /needs a description/);
});

test('a failing scenario refuses writes as it refuses reads', () => {
  assert.equal(ask('POST', 'http-500/events', { key: 'NoLogin', finished: null, description: '' }).status, 500);
  assert.equal(ask('DELETE', 'http-403/events/1').status, 403);
});
