/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, line feed
 * and carriage return, U+FFFE and U+FFFF, and halves of surrogate pairs standing alone.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML 1.0 forbids; a feed reader rejects the whole feed over one such character. */
export const stripNotXml = (text: string): string => text.replace(NOT_XML, '');

/** Text for an XML element's content or a double-quoted attribute, forbidden characters removed. */
export const xmlText = (text: string): string => stripNotXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
