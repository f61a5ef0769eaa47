import { Alert, Button, Progress, Space, Table, Typography } from 'antd';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { splitCsv } from './csv-chunks';
import { uploadMembersCsv, type BulkResult, type BulkRowResult } from './members-api';

/** Records per request: small enough for a moving progress bar, large enough to be quick. */
export const IMPORT_CHUNK_ROWS = 500;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; total: number }
  | { kind: 'stopped'; done: number; total: number; message: string };

const EMPTY: BulkResult = { total: 0, created: 0, updated: 0, transferred: 0, unchanged: 0, failed: 0, rows: [] };

function add(sum: BulkResult, part: BulkResult, offset: number): BulkResult {
  return {
    total: sum.total + part.total,
    created: sum.created + part.created,
    updated: sum.updated + part.updated,
    transferred: sum.transferred + part.transferred,
    unchanged: sum.unchanged + part.unchanged,
    failed: sum.failed + part.failed,
    rows: [...sum.rows, ...part.rows.filter((r) => r.errors.length > 0).map((r) => ({ ...r, row: r.row + offset }))],
  };
}

/**
 * CSV import of members through REST `POST /api/v1/members/bulk` (text/csv, the session's JWT).
 * The file is sent in chunks so the progress bar moves; each chunk has its own Idempotency-Key,
 * so a retried request never writes twice. Rows refused by the server are listed with their
 * line in the file (data rows, header excluded) and their messages.
 */
export function MemberImport({ onImported }: { onImported?: () => void }) {
  const t = useT();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<BulkResult>(EMPTY);

  const start = async () => {
    if (!file) return;
    const { total, chunks } = splitCsv(await file.text(), IMPORT_CHUNK_ROWS);
    if (total === 0) {
      setPhase({ kind: 'stopped', done: 0, total: 0, message: t('members.import.empty') });
      return;
    }
    const batch = `members-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    let sum = EMPTY;
    setResult(sum);
    setPhase({ kind: 'running', done: 0, total });
    for (const [index, chunk] of chunks.entries()) {
      try {
        sum = add(sum, await uploadMembersCsv(chunk.text, `${batch}-${index}`), chunk.offset);
      } catch (error) {
        setResult(sum);
        const message = error instanceof Error ? error.message : String(error);
        setPhase({ kind: 'stopped', done: chunk.offset, total, message: t('members.import.failedChunk', { from: chunk.offset + 1, message }) });
        onImported?.();
        return;
      }
      setResult(sum);
      setPhase({ kind: 'running', done: chunk.offset + chunk.count, total });
    }
    setPhase({ kind: 'finished', total });
    onImported?.();
  };

  const percent = phase.kind === 'idle' ? 0 : phase.kind === 'finished' ? 100 : phase.total ? Math.floor((phase.done / phase.total) * 100) : 0;

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <Typography.Title level={5} id={`${inputId}-title`}>
        {t('members.import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('members.import.hint')}</Typography.Paragraph>
      <Space wrap>
        <label htmlFor={inputId}>{t('members.import.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPhase({ kind: 'idle' });
            setResult(EMPTY);
          }}
        />
        <Button type="primary" disabled={!file || phase.kind === 'running'} loading={phase.kind === 'running'} onClick={() => void start()}>
          {t('members.import.start')}
        </Button>
      </Space>
      {phase.kind !== 'idle' && (
        <div style={{ marginTop: 16 }}>
          <Progress
            percent={percent}
            status={phase.kind === 'stopped' ? 'exception' : phase.kind === 'finished' ? 'success' : 'active'}
            aria-label={t('members.import.progress')}
          />
          {phase.kind === 'stopped' && <Alert type="error" showIcon title={phase.message} style={{ marginTop: 8 }} />}
          {result.total > 0 && (
            <Alert
              type={result.failed > 0 ? 'warning' : 'success'}
              showIcon
              style={{ marginTop: 8 }}
              title={t('members.import.summary', {
                total: result.total,
                created: result.created,
                updated: result.updated,
                transferred: result.transferred,
                unchanged: result.unchanged,
                failed: result.failed,
              })}
            />
          )}
          {result.rows.length > 0 && (
            <Table<BulkRowResult>
              style={{ marginTop: 8 }}
              size="small"
              rowKey="row"
              title={() => <Typography.Text strong>{t('members.import.errors')}</Typography.Text>}
              dataSource={result.rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('members.import.row'), dataIndex: 'row', width: 80 },
                { title: t('members.col.card'), dataIndex: 'cardNumber', width: 160 },
                { title: t('members.import.messages'), dataIndex: 'errors', render: (errors: string[]) => errors.join('; ') },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}
