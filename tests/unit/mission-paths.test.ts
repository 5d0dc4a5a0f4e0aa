import { describe, expect, it } from 'vitest';
import { bareToMissionAddress, isReadingPage, missionAddress, missionPage, sectionRoot } from '../../lib/routing/mission-paths';

describe('mission addresses', () => {
  it('send the default mission’s bare paths to its /missions address, and nothing else', () => {
    expect(bareToMissionAddress('/', 'MINUSMA')).toBe('/missions/MINUSMA');
    expect(bareToMissionAddress('/sites', 'MINUSMA')).toBe('/missions/MINUSMA/sites');
    expect(bareToMissionAddress('/sites/tessalit', 'MINUSMA')).toBe('/missions/MINUSMA/sites/tessalit');
    expect(bareToMissionAddress('/releases/12', 'MINUSMA')).toBe('/missions/MINUSMA/releases/12');
    expect(bareToMissionAddress('/review', 'MINUSMA')).toBe('/missions/MINUSMA/review');
    for (const other of ['/missions', '/missions/UNIFIL', '/account', '/admin/users', '/sign-in', '/sites/a/b', '/charts/x', '/api/v1/sites']) {
      expect(bareToMissionAddress(other, 'MINUSMA'), other).toBeNull();
    }
  });

  it('read the mission and the section from an address', () => {
    expect(missionPage('/missions/UNIFIL')).toEqual({ code: 'UNIFIL', section: '/' });
    expect(missionPage('/missions/UNIFIL/sites/naqoura')).toEqual({ code: 'UNIFIL', section: '/sites/naqoura' });
    expect(missionPage('/charts')).toEqual({ code: null, section: '/charts' });
    expect(missionPage('/')).toEqual({ code: null, section: '/' });
    expect(missionPage('/missions')).toBeNull();
    expect(missionPage('/missions/UNIFIL/nowhere')).toBeNull();
    expect(missionPage('/admin/missions')).toBeNull();
    expect(sectionRoot('/sites/naqoura')).toBe('/sites');
    expect(sectionRoot('/')).toBe('/');
    expect(missionAddress('UNIFIL', '/')).toBe('/missions/UNIFIL');
    expect(missionAddress('UNIFIL', '/charts')).toBe('/missions/UNIFIL/charts');
  });

  it('tell the pages anyone may read from the editing screens', () => {
    for (const page of ['/', '/sites', '/sites/gao', '/charts', '/missions', '/missions/UNIFIL', '/missions/UNIFIL/releases/3', '/missions/UNIFIL/contingents']) {
      expect(isReadingPage(page), page).toBe(true);
    }
    for (const page of ['/review', '/milestones', '/missions/UNIFIL/review', '/missions/UNIFIL/milestones', '/account', '/admin/users', '/sign-in']) {
      expect(isReadingPage(page), page).toBe(false);
    }
  });
});
