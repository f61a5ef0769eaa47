import { fetchWithAuth } from '../auth';

/** The file name from `Content-Disposition` (RFC 5987 `filename*` first), else the fallback. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/** Downloads a report export (GET /api/v1/reports/{id}/export.xlsx|docx) with the session token. */
export async function downloadReport(id: string, format: 'xlsx' | 'docx', fallbackName: string): Promise<string> {
  const res = await fetchWithAuth(`/api/v1/reports/${encodeURIComponent(id)}/export.${format}`, { method: 'GET' });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      message = ((await res.json()) as { message?: string }).message ?? message;
    } catch {
      /* not JSON */
    }
    throw new Error(message);
  }
  const name = fileNameFrom(res.headers.get('Content-Disposition'), `${fallbackName}.${format}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
