import { z } from 'zod';
import { ConfigError, env, parseConfig, withRenamedSettings } from './config';
import { commonEnv, tokenSettingsFrom } from './service-config';
import { TEST_ENV } from './testing';

describe('parseConfig', () => {
  const shape = {
    PORT: env.port(4000),
    DEBUG: env.flag(false),
    URL: env.url(['postgres']).optional(),
  };

  it('applies defaults and coerces values', () => {
    expect(parseConfig(shape, {})).toEqual({ PORT: 4000, DEBUG: false });
    expect(parseConfig(shape, { PORT: '5000', DEBUG: 'true', URL: 'postgres://x/y' })).toEqual({
      PORT: 5000,
      DEBUG: true,
      URL: 'postgres://x/y',
    });
  });

  it('names the variable, what it expects and what it got, on one line', () => {
    const attempt = () => parseConfig(shape, { PORT: 'eighty' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow('PORT: expected a port number (got "eighty")');
    expect(() => parseConfig(shape, { PORT: '70000' })).toThrow('expected a port from 0 to 65535');
    expect(() => parseConfig(shape, { URL: 'http://x' })).toThrow('URL: expected a postgres URL');
    expect(() => parseConfig(shape, { DEBUG: 'yes' })).toThrow('DEBUG: expected true or false');
  });

  it('still reads a renamed setting by its old name, the new name winning when both are set', () => {
    const renamed = { URL: 'OLD_URL_A', PORT: 'OLD_PORT_A' };
    expect(parseConfig(shape, { OLD_URL_A: 'postgres://x/y' }, renamed)).toMatchObject({
      URL: 'postgres://x/y',
    });
    expect(parseConfig(shape, { OLD_PORT_A: '5000', PORT: '6000' }, renamed).PORT).toBe(6000);
    // A bad old value is reported under the name the operator should now use.
    expect(() => parseConfig(shape, { OLD_URL_A: 'http://x' }, renamed)).toThrow(
      'URL: expected a postgres URL',
    );
  });

  it('warns once per old name, however often the settings are parsed', () => {
    const logger = { warn: jest.fn() };
    const renamed = { PORT: 'OLD_PORT_B' };
    expect(withRenamedSettings(renamed, { OLD_PORT_B: '5000' }, logger).PORT).toBe('5000');
    expect(withRenamedSettings(renamed, { OLD_PORT_B: '5001' }, logger).PORT).toBe('5001');
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      { setting: 'OLD_PORT_B', renamedTo: 'PORT' },
      expect.stringContaining('OLD_PORT_B was renamed PORT'),
    );
  });

  it('reports a missing required variable and never echoes secrets', () => {
    const secretShape = { API_SECRET: z.string().min(32, 'expected at least 32 bytes') };
    expect(() => parseConfig(secretShape, {})).toThrow('API_SECRET');
    expect(() => parseConfig(secretShape, {})).toThrow('it is not set');
    let message = '';
    try {
      parseConfig(secretShape, { API_SECRET: 'short-secret-value' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('<redacted>');
    expect(message).not.toContain('short-secret-value');
  });

  it('refuses token settings without the secret their algorithm needs', () => {
    const base = parseConfig(commonEnv, { SERVICE_PRIVATE_KEYS: TEST_ENV.SERVICE_PRIVATE_KEYS });
    expect(() => tokenSettingsFrom(base)).toThrow('JWT_SECRET');
    const rs = parseConfig(commonEnv, {
      SERVICE_PRIVATE_KEYS: TEST_ENV.SERVICE_PRIVATE_KEYS,
      JWT_ALGORITHM: 'RS256',
    });
    expect(() => tokenSettingsFrom(rs)).toThrow('JWT_PUBLIC_KEY');
    expect(() => parseConfig(commonEnv, { JWT_SECRET: 'too-short' })).toThrow(
      'JWT_SECRET: expected a secret of at least 32 bytes',
    );
  });
});
