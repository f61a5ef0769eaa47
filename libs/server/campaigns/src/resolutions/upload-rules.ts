/**
 * Study materials accepted for upload: documents, spreadsheets, slides,
 * images, audio and video a propaganda board hands out. Anything else
 * (executables, scripts, HTML/SVG that a browser would run) is refused.
 */
export const ALLOWED_MATERIAL_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odp: 'application/vnd.oasis.opendocument.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

/** The extension of a file name, lower case, or ''. */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

/**
 * The content type we store and serve for an uploaded file, decided by its
 * extension (the client's claim is not trusted), or undefined when refused.
 */
export function materialContentType(fileName: string): string | undefined {
  return ALLOWED_MATERIAL_TYPES[extensionOf(fileName)];
}

/** A file name cleaned for storage: NFC, no path, no control characters, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return base.length > 255 ? base.slice(base.length - 255) : base;
}

/**
 * Content-Disposition for a download keeping the Vietnamese name (RFC 6266 / RFC 5987):
 * an ASCII fallback without diacritics and the UTF-8 name in filename*.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
