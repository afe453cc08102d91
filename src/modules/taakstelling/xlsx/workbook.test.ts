// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx, xmlText } from './workbook.ts';
import { crc32 } from './zip.ts';

/** Reads a ZIP back from its central directory, checking every CRC (an independent reader). */
function unzip(file: Buffer): Map<string, string> {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(file.readUInt32LE(at)).toBe(0x02014b50);
    const size = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const local = file.readUInt32LE(at + 42);
    const name = file.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = inflateRawSync(file.subarray(dataStart, dataStart + size));
    expect(crc32(data)).toBe(file.readUInt32LE(at + 16));
    entries.set(name, data.toString('utf8'));
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries;
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import zipfile'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('[TAAKSTELLING] xlsx writer', () => {
  const book = writeXlsx([
    {
      name: 'Balansen 2024-I',
      header: ['code', 'naam', 'taak', 'percentage'],
      rows: [
        ['GM0344', 'Utrecht', 391, 8.4],
        ['GM0355', 'Zeist & "Den Dolder" <test>', 37, null],
      ],
    },
    { name: 'Bronnen', header: ['bron'], rows: [['CBS\u0001 Kerncijfers']] },
  ]);

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(xmlText('a & <b> "c"\u0002')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });

  it('packs the parts of a workbook that read back with their values', () => {
    const parts = unzip(book);
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Balansen 2024-I" sheetId="1" r:id="rId1"/>');
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="C2"><v>391</v></c>');
    expect(sheet).toContain('<c r="D2"><v>8.4</v></c>');
    expect(sheet).toContain('Zeist &amp; &quot;Den Dolder&quot; &lt;test&gt;');
    expect(sheet).not.toContain('r="D3"');
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('CBS Kerncijfers');
  });

  it.skipIf(!hasPython)('opens with Python zipfile and its XML parses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-'));
    const file = path.join(dir, 'book.xlsx');
    fs.writeFileSync(file, book);
    const script = [
      'import sys, zipfile, xml.dom.minidom as m',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      '[m.parseString(z.read(n)) for n in z.namelist()]',
      'print(m.parseString(z.read("xl/worksheets/sheet1.xml")).getElementsByTagName("t")[0].firstChild.data)',
    ].join('\n');
    const out = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(out.trim()).toBe('code');
    fs.rmSync(dir, { recursive: true });
  });
});
