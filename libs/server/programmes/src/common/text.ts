/** Strings are stored NFC (text typed on a Mac arrives NFD) and trimmed. */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

export const TITLE_MAX = 500;
export const TEXT_MAX = 20_000;
