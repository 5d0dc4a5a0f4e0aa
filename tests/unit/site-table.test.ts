import { describe, expect, it } from 'vitest';
import { distinctValues, readSiteTableState, sortSites } from '../../lib/domain/site-table';
import { filterSites, type SiteView } from '../../lib/domain/views';

function site(id: number, name: string, over: Partial<SiteView> = {}): SiteView {
  return {
    id,
    missionCode: 'M',
    slug: name.toLowerCase(),
    name,
    aliases: [],
    kind: 'camp',
    region: 'Gao',
    lat: 0,
    lon: 0,
    phase: '1',
    phaseName: null,
    plannedHandover: null,
    plannedHandoverFrom: null,
    status: 'active',
    statusSince: null,
    withdrawalStartedOn: null,
    closedOn: null,
    handedOverOn: null,
    contingents: [],
    lastMilestone: null,
    version: 1,
    ...over,
  };
}

const sites = [
  site(1, 'Tessalit', { region: 'Kidal', status: 'withdrawing', statusSince: '2023-10-16', phase: '2', plannedHandover: '2023-11-15' }),
  site(2, 'Ménaka', { region: 'Ménaka', aliases: ['Menaka'], status: 'handed_over', handedOverOn: '2023-10-09', statusSince: '2023-10-09' }),
  site(3, 'Timbuktu', { region: 'Timbuktu', aliases: ['Tombouctou'], phase: 'L' }),
  site(4, 'Ogossagou', { region: 'Bandiagara', status: 'handed_over', handedOverOn: '2023-08-03', statusSince: '2023-08-03', plannedHandover: '2023-08-15' }),
  site(5, 'Aguelhok', { region: 'Kidal', status: 'closed', closedOn: '2023-10-31', statusSince: '2023-10-31', phase: '2' }),
];
const names = (list: SiteView[]) => list.map((s) => s.name);

describe('the sites table', () => {
  it('reads its state from the address, ignoring what it does not know', () => {
    const state = readSiteTableState(new URLSearchParams('status=withdrawing&region=Kidal&q=%20tess%20&sort=since&dir=desc'));
    expect(state).toEqual({ filters: { status: 'withdrawing', region: 'Kidal', phase: undefined, q: 'tess' }, sort: 'since', dir: 'desc' });
    const junk = readSiteTableState(new URLSearchParams('status=gone&sort=drop%20table&dir=sideways'));
    expect(junk).toEqual({ filters: { status: undefined, region: undefined, phase: undefined, q: undefined }, sort: 'name', dir: 'asc' });
  });

  it('sorts by name whatever the accents, and by any column with ties broken by name', () => {
    expect(names(sortSites(sites, 'name', 'asc'))).toEqual(['Aguelhok', 'Ménaka', 'Ogossagou', 'Tessalit', 'Timbuktu']);
    expect(names(sortSites(sites, 'region', 'asc'))).toEqual(['Ogossagou', 'Aguelhok', 'Tessalit', 'Ménaka', 'Timbuktu']);
    expect(names(sortSites(sites, 'status', 'asc'))).toEqual(['Timbuktu', 'Tessalit', 'Aguelhok', 'Ménaka', 'Ogossagou']);
  });

  it('keeps sites with no date last in either direction', () => {
    expect(names(sortSites(sites, 'actual', 'asc'))).toEqual(['Ogossagou', 'Ménaka', 'Aguelhok', 'Tessalit', 'Timbuktu']);
    expect(names(sortSites(sites, 'actual', 'desc'))).toEqual(['Aguelhok', 'Ménaka', 'Ogossagou', 'Tessalit', 'Timbuktu']);
  });

  it('finds sites by French alias or without accents, and combines filters', () => {
    expect(names(filterSites(sites, { q: 'Tombouctou' }))).toEqual(['Timbuktu']);
    expect(names(filterSites(sites, { q: 'menaka' }))).toEqual(['Ménaka']);
    expect(names(filterSites(sites, { region: 'kidal', status: 'closed' }))).toEqual(['Aguelhok']);
    expect(names(filterSites(sites, { phase: 'L' }))).toEqual(['Timbuktu']);
  });

  it('offers each region once, in reading order', () => {
    expect(distinctValues(sites, (s) => s.region)).toEqual(['Bandiagara', 'Kidal', 'Ménaka', 'Timbuktu']);
  });
});
