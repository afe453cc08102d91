// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading and writing gzip-compressed text files line by line, streaming, so a backup never has
 * to fit in memory. Low-level failures (missing file, not gzip, cut off) become AppErrors that
 * name the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.ts';

/** A line of a file, numbered from 1. */
export type NumberedLine = { lineNumber: number; text: string };

/** A single line longer than this is not something Regietafel wrote. */
const maxLineLength = 64 * 1024 * 1024;

function fileError(file: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'the file does not exist'
      : code === 'EISDIR'
        ? 'this is a folder, not a file'
        : code === 'Z_DATA_ERROR'
          ? 'it is not gzip-compressed (is it a Regietafel backup?)'
          : code === 'Z_BUF_ERROR'
            ? 'the file is cut off (the compressed data ends too early)'
            : error instanceof Error
              ? error.message
              : String(error);
  return new AppError('IMPORT_INVALID', `${file}: cannot be read: ${reason}.`, {
    field: 'file',
    details: { file },
    cause: error,
  });
}

/** Yields the lines of a gzip-compressed UTF-8 file (without their line ends). */
export async function* readGzipLines(file: string): AsyncGenerator<NumberedLine> {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  gunzip.setEncoding('utf8');
  let pending = '';
  let lineNumber = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk;
      let start = 0;
      let end = pending.indexOf('\n', start);
      while (end !== -1) {
        lineNumber += 1;
        yield { lineNumber, text: pending.slice(start, end) };
        start = end + 1;
        end = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
      if (pending.length > maxLineLength) {
        throw new AppError('IMPORT_INVALID', `${file} line ${lineNumber + 1}: the line is too long.`, {
          field: 'file',
          details: { file, line: lineNumber + 1 },
        });
      }
    }
  } catch (error) {
    throw error instanceof AppError ? error : fileError(file, error);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (pending.length > 0) {
    yield { lineNumber: lineNumber + 1, text: pending };
  }
}

export type WriteGzipLinesOptions = {
  file: string;
  lines: AsyncIterable<string>;
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
};

/**
 * Writes lines to a gzip-compressed file. The data goes to `<file>.partial` first and is renamed
 * when complete, so a failed or interrupted run never leaves a file that looks finished.
 * Returns the size of the file in bytes.
 */
export async function writeGzipLines({ file, lines, overwrite = false }: WriteGzipLinesOptions): Promise<number> {
  if (!overwrite && fs.existsSync(file)) {
    throw new AppError('CONFLICT', `${file} already exists. Choose another file name, or pass --force.`, {
      field: 'file',
      details: { file },
    });
  }
  const partial = `${file}.partial`;
  async function* withLineEnds(): AsyncGenerator<string> {
    for await (const line of lines) {
      yield `${line}\n`;
    }
  }
  try {
    await pipeline(Readable.from(withLineEnds()), zlib.createGzip(), fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOSPC' || code === 'EROFS') {
      const reason =
        code === 'ENOENT' ? `the folder ${path.dirname(file)} does not exist` : (error as Error).message;
      throw new AppError('VALIDATION_FAILED', `${file}: cannot be written: ${reason}.`, {
        field: 'file',
        details: { file },
        cause: error,
      });
    }
    throw error;
  }
  return fs.statSync(file).size;
}
