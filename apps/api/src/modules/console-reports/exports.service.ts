import { PassThrough, Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { ExportEntity, ExportPreviewDto } from '@yiqia/contracts';
import { type Lang, pickLabel } from '@yiqia/domain';
import { notFound } from '../../common/api.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { type Cell, EXPORTS, type ExportFilters, checkFilters } from './export-definitions.js';

/** Rows fetched per round trip from the server-side cursor. */
const FETCH_ROWS = 1000;
const PREVIEW_ROWS = 20;

export interface ExportStream {
  filename: string;
  contentType: string;
  stream: Readable;
}

/**
 * Console exports. Files are streamed: a server-side cursor (DECLARE … CURSOR in a read-only
 * transaction on a dedicated connection) is read 1,000 rows at a time, each batch is written as CSV
 * text or committed XLSX rows, and the next batch is fetched only when the reply has taken the
 * previous one (back-pressure), so 100,000 rows never sit in memory. The audit entry
 * `export.download` is written when the last row went out (with the row count), or when the download
 * was abandoned (with `completed: false`).
 */
@Injectable()
export class ExportsService {
  private readonly log = new Logger('ExportsService');

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async assertExpo(expoId: string): Promise<string> {
    const [expo]: { slug: string }[] = await this.ds.query(`SELECT slug FROM expos WHERE id = $1`, [expoId]);
    if (!expo) throw notFound();
    return expo.slug;
  }

  private sql(entity: ExportEntity, f: ExportFilters): { text: string; params: unknown[]; from: string } {
    checkFilters(entity, f);
    const def = EXPORTS[entity];
    const params: unknown[] = [f.expoId];
    const from = def.from(f, params);
    return { text: `SELECT ${def.select} FROM ${from} ORDER BY ${def.orderBy}`, params, from };
  }

  async preview(entity: ExportEntity, f: ExportFilters, lang: Lang): Promise<ExportPreviewDto> {
    const { text, params, from } = this.sql(entity, f);
    await this.assertExpo(f.expoId);
    const def = EXPORTS[entity];
    const [[{ total }], rows]: [{ total: number }[], Record<string, unknown>[]] = await Promise.all([
      this.ds.query(`SELECT count(*)::int AS total FROM ${from}`, params),
      this.ds.query(`${text} LIMIT ${PREVIEW_ROWS}`, params),
    ]);
    return {
      total,
      columns: def.columns.map((c) => ({ key: c.key, label: pickLabel(c.label, lang) })),
      rows: rows.map((r) => Object.fromEntries(def.columns.map((c) => [c.key, c.value(r, lang)]))),
    };
  }

  async open(entity: ExportEntity, f: ExportFilters, lang: Lang, actorId: string): Promise<ExportStream> {
    const { text, params } = this.sql(entity, f);
    const slug = await this.assertExpo(f.expoId);
    const def = EXPORTS[entity];
    const stamp = new Date().toISOString().slice(0, 10);
    const filename = `${slug}-${entity}-${stamp}.${f.format}`;
    const batches = this.cursor(text, params);
    let rows = 0;
    let completed = false;
    const audit = () =>
      this.audit
        .record({
          actorId,
          action: 'export.download',
          targetType: 'export',
          targetId: f.expoId,
          details: { entity, format: f.format, filters: filtersOf(f), rows, completed },
        })
        .catch((e: unknown) => this.log.error(`audit of export: ${(e as Error).message}`));
    const toCells = (r: Record<string, unknown>): Cell[] => def.columns.map((c) => c.value(r, lang));
    const header = def.columns.map((c) => pickLabel(c.label, lang));

    if (f.format === 'csv') {
      const gen = async function* () {
        try {
          yield '\uFEFF' + csvLine(header);
          for await (const batch of batches) {
            rows += batch.length;
            yield batch.map((r) => csvLine(toCells(r))).join('');
          }
          completed = true;
          // Audited before the last byte goes out: a client that has the whole file has its entry too.
          await audit();
        } finally {
          if (!completed) void audit();
        }
      };
      return { filename, contentType: 'text/csv; charset=utf-8', stream: Readable.from(gen(), { objectMode: false }) };
    }

    const out = new PassThrough();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet(entity);
    ws.columns = def.columns.map((c) => ({ header: pickLabel(c.label, lang), key: c.key, width: 20 }));
    const pump = async () => {
      try {
        for await (const batch of batches) {
          for (const r of batch) ws.addRow(toCells(r)).commit();
          rows += batch.length;
          // Back-pressure: wait until the reply has drained what the zip writer produced.
          if (out.writableNeedDrain) {
            await new Promise((resolve) => {
              out.once('drain', resolve);
              out.once('close', resolve);
            });
          }
          if (out.destroyed) return;
        }
        ws.commit();
        completed = true;
        await audit();
        await wb.commit();
      } catch (e) {
        out.destroy(e as Error);
      } finally {
        if (!completed) void audit();
      }
    };
    void pump();
    return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stream: out };
  }

  /** Batches of rows from a server-side cursor; the connection is released when the consumer stops. */
  private async *cursor(text: string, params: unknown[]): AsyncGenerator<Record<string, unknown>[]> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN READ ONLY');
      await runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${text}`, params);
      for (;;) {
        const batch: Record<string, unknown>[] = await runner.query(`FETCH ${FETCH_ROWS} FROM export_cursor`);
        if (batch.length === 0) break;
        yield batch;
        if (batch.length < FETCH_ROWS) break;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}

function filtersOf(f: ExportFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== 'format' && k !== 'expoId') out[k] = String(v);
  return out;
}

/** RFC 4180: quote fields with separators, quotes or line breaks; a leading = + - @ is defused (CSV injection). */
export function csvLine(cells: Cell[]): string {
  return (
    cells
      .map((c) => {
        if (c === null || c === undefined) return '';
        if (typeof c === 'number') return String(c);
        let s = c;
        if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
        return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}
