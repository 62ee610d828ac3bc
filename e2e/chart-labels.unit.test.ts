import { axisLabels, fitLabel, shortModelName } from '../web/src/screens/admin/analytics/labels';

test('a Bedrock model id reads as its model name', () => {
  expect(shortModelName('anthropic.claude-3-haiku-20240307-v1:0')).toBe('claude-3-haiku-20240307');
  expect(shortModelName('us.anthropic.claude-3-5-sonnet-20241022-v2:0')).toBe(
    'claude-3-5-sonnet-20241022 (us)',
  );
  expect(shortModelName('amazon.nova-pro-v1:0')).toBe('nova-pro');
  expect(shortModelName('meta.llama3-1-8b-instruct-v1:0')).toBe('llama3-1-8b-instruct');
  expect(
    shortModelName(
      'arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-20240307-v1:0',
    ),
  ).toBe('claude-3-haiku-20240307 (eu)');
  expect(shortModelName('my-own-model')).toBe('my-own-model');
});

test('labels that would read the same keep their full text, cut at the front; others at the end', () => {
  const ids = [
    'anthropic.claude-3-haiku-20240307-v1:0',
    'us.anthropic.claude-3-haiku-20240307-v1:0',
    'anthropic.claude-3-haiku-20240307-v2:0',
    'amazon.nova-pro-v1:0',
  ];
  expect([...axisLabels(ids, shortModelName, 60).values()]).toEqual([
    'anthropic.claude-3-haiku-20240307-v1:0',
    'claude-3-haiku-20240307 (us)',
    'anthropic.claude-3-haiku-20240307-v2:0',
    'nova-pro',
  ]);
  expect([...axisLabels(ids, shortModelName, 16).values()]).toEqual([
    '…u-20240307-v1:0',
    'claude-3-haiku-…',
    '…u-20240307-v2:0',
    'nova-pro',
  ]);
  expect(fitLabel('Ada Lovelace', 12)).toBe('Ada Lovelace');
  expect(fitLabel('Ada Lovelace-Byron', 12)).toBe('Ada Lovelac…');
});
