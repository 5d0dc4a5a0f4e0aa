import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../lib/env';
import { engineOf, sqlitePath } from '../../lib/db/engines';

describe('configuration', () => {
  it('defaults to the embedded SQLite database', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe('file:./data/drawdown.db');
    expect(engineOf(env.DATABASE_URL)).toBe('sqlite');
    expect(env.DEFAULT_MISSION).toBe('MINUSMA');
  });

  it('chooses the engine from DATABASE_URL', () => {
    expect(engineOf('postgres://u@h:5432/db')).toBe('postgresql');
    expect(engineOf('postgresql://u@h/db')).toBe('postgresql');
    expect(engineOf('file:/tmp/x.db')).toBe('sqlite');
    expect(sqlitePath('file:./data/x.db')).toBe('./data/x.db');
    expect(sqlitePath('file:///tmp/x.db?mode=rwc')).toBe('/tmp/x.db');
  });

  it('refuses a bad value and names the variable, without echoing a password', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root:secret@h/db' })).toThrow(/DATABASE_URL/);
    expect(() => engineOf('mysql://root:secret@h/db')).toThrow(/^(?!.*secret)/);
    expect(() => parseEnv({ APP_TIME_ZONE: 'Mars/Olympus' })).toThrow(/APP_TIME_ZONE/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBe('file:./data/drawdown.db');
  });
});
