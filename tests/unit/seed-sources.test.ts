/**
 * Every fact the seed loads from the public record names its source, and the record agrees with
 * the reference data it is loaded against. (The user's own releases and their milestones cite
 * those releases; they are checked by the seed's integration test.)
 */
import { describe, expect, it } from 'vitest';
import { readSeed, readSeeds } from '../../scripts/cli';
import { contingentsFile, recordFile, referenceFile } from '../../lib/data/seed';

const https = expect.stringMatching(/^https?:\/\/[^\s/]+\.[^\s/]+/);
const sourced = { url: https, publisher: expect.stringMatching(/\S/) };

describe('the seed files', () => {
  it('list each mission once, the deployment default first', () => {
    const codes = readSeeds().map((s) => referenceFile.parse(s.reference).mission.code);
    expect(codes[0]).toBe('MINUSMA');
    expect(codes).toContain('UNIFIL');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("give every milestone of MINUSMA's public record a web source, a site of the mission and a known contingent", () => {
    const seed = readSeed('MINUSMA');
    const reference = referenceFile.parse(seed.reference);
    const record = recordFile.parse(seed.record);
    const sites = new Set(reference.sites.map((s) => s.name));
    const contingents = new Set([...contingentsFile.parse(seed.contingents).contingents, ...record.contingents].map((c) => c.countryIso));
    expect(record.milestones.length).toBeGreaterThan(20);
    for (const m of record.milestones) {
      expect(m.source, m.title).toMatchObject(sourced);
      for (const other of m.alsoReportedBy) expect(other, m.title).toMatchObject(sourced);
      if (m.site) expect(sites, m.title).toContain(m.site);
      if (m.contingent) expect(contingents, m.title).toContain(m.contingent);
      if (m.type === 'personnel_departed') expect(m.figure, m.title).toBeGreaterThan(0);
    }
    for (const c of record.contingents) expect(c.source, c.name).toMatchObject(sourced);
    // The record is dated within the withdrawal and the liquidation.
    const dates = record.milestones.map((m) => m.date).sort();
    expect(dates[0]! >= reference.mission.drawdownStartsOn!).toBe(true);
    expect(dates.at(-1)! <= '2024-12-31').toBe(true);
  });

  it('close or hand over every MINUSMA site by the end of the liquidation, in the user\'s milestones or the record', () => {
    const seed = readSeed('MINUSMA');
    const done = new Set(
      [...(seed.milestones as { milestones: { type: string; site: string | null }[] }).milestones, ...recordFile.parse(seed.record).milestones]
        .filter((m) => m.type === 'site_handed_over' || m.type === 'withdrawal_completed')
        .map((m) => m.site),
    );
    for (const site of referenceFile.parse(seed.reference).sites) expect(done, site.name).toContain(site.name);
  });

  it('give every UNIFIL fact a source: the mission, each site and its coordinates, each contingent', () => {
    const seed = readSeed('UNIFIL');
    const reference = referenceFile.parse(seed.reference);
    const raw = seed.reference as { sites: { name: string; coordinatesSource?: string }[] };
    // Each of the mission's facts that is set names where it comes from; what no source gave stays empty.
    for (const [field, value] of Object.entries(reference.mission)) {
      if (value === null || value === undefined || ['code', 'name', 'hostCountry', 'hostCountryIsoNumeric'].includes(field)) continue;
      expect(reference.sources[field], field).toMatchObject(sourced);
    }
    expect(reference.mission).toMatchObject({ mandateEndedOn: '2026-12-31', drawdownStartsOn: '2026-12-31', withdrawalDeadline: '2027-12-31' });
    expect(reference.sites.length).toBeGreaterThanOrEqual(3);
    for (const site of reference.sites) {
      expect(site.source, site.name).toMatchObject(sourced);
      expect(raw.sites.find((s) => s.name === site.name)?.coordinatesSource, site.name).toMatch(/\S/);
      // Southern Lebanon, not a slip of a digit.
      expect(site.lat, site.name).toBeGreaterThan(33);
      expect(site.lat, site.name).toBeLessThan(33.6);
      expect(site.lon, site.name).toBeGreaterThan(35.1);
      expect(site.lon, site.name).toBeLessThan(35.9);
    }
    const contingents = contingentsFile.parse(seed.contingents).contingents;
    expect(contingents.length).toBeGreaterThan(10);
    for (const c of contingents) expect(c.source, c.name).toMatchObject(sourced);
  });
});
