// A feed's bytes as text. fetch's text() always decodes UTF-8, but feeds still declare ISO-8859-1 or
// windows-1252 in their XML prolog, where a HTTP header may say nothing: the bytes are decoded here.

/** The charset an HTTP Content-Type names, or null. */
function headerCharset(contentType: string | null | undefined): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/** The encoding an XML prolog declares (read from the first bytes as ASCII), or null. */
function prologCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

/** A decoder for a label the Encoding Standard knows, or null for one it does not. */
function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The charset a page's <meta charset> or http-equiv Content-Type declares in its first bytes, or null. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Decodes an HTML page as browsers do in the main: BOM, then the HTTP header, then <meta charset>, then UTF-8. */
export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(headerCharset(contentType)) ??
    decoderFor(metaCharset(bytes)) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

/** The encoding a byte order mark names, or null. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Decodes a feed: a byte order mark wins, then the HTTP header's charset, then the XML prolog's encoding,
 * then UTF-8 (JSON Feed's and XML's default). Unknown labels fall through to the next source.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(headerCharset(contentType)) ??
    decoderFor(prologCharset(bytes)) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
