import type { Template, TemplateKind } from './template';

/** The templates that come with the extension; never stored, so an update can improve them. */
export type BuiltinId = 'kubelist' | 'sectioned-weekly' | 'plain-digest' | 'html-email';

export interface BuiltinTemplate {
  id: BuiltinId;
  kind: TemplateKind;
  /** The body a copy starts from (Kubelist's own export is `formatIssue`, not this body). */
  body: string;
}

/**
 * Kubelist's layout as a template, for a curator who wants to start from it. The built-in
 * Kubelist export is `formatIssue` itself, the format that imports and round-trips; this body
 * writes the same bytes for every archived issue (a test holds it to that).
 */
const KUBELIST = `## [Kubelist Issue #{{number}} for {{date}}]({{issueUrl}})

#### {{headline}}

{{introQuoted}}

{{#items}}
1. [{{title}}]({{url}})

{{blurbIndented}}
{{/items}}
{{#hasItems}}

{{/hasItems}}
### [ << Prev ]({{previousFile}}) ------------- [ Next >> ]({{nextFile}})`;

/**
 * In the style of This Week in Rust: a heading per section, bullet items. The items with no
 * section come first with no heading (all of them, when the newsletter has no sections): a
 * heading needs a name, and any name core made up would be words in one language.
 */
const SECTIONED_WEEKLY = `# {{newsletter}} #{{number}} ({{date}})
{{#headline}}

## {{headline}}
{{/headline}}
{{#intro}}

{{intro}}
{{/intro}}
{{#sections}}

{{#name}}
### {{name}}

{{/name}}
{{#items}}
* [{{title}}]({{url}}){{#blurbLine}}: {{blurbLine}}{{/blurbLine}}
{{/items}}
{{/sections}}
`;

const PLAIN_DIGEST = `**{{newsletter}} #{{number}}**, {{date}}
{{#headline}}

{{headline}}
{{/headline}}
{{#intro}}

{{intro}}
{{/intro}}
{{#hasItems}}

{{/hasItems}}
{{#items}}
- [{{title}}]({{url}}){{#blurbLine}} — {{blurbLine}}{{/blurbLine}}
{{/items}}
`;

/**
 * Inline styles only (mail clients drop style sheets), no image, font or script from anywhere.
 * A named section gets a heading and its own list, numbered on from the one before.
 */
const HTML_EMAIL = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{newsletter}} #{{number}}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="max-width:640px;margin:0 auto;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;">
<h1 style="font-size:24px;line-height:1.25;margin:0 0 4px;"><a href="{{issueUrl}}" style="color:#1a1a1a;text-decoration:none;">{{newsletter}} #{{number}}</a></h1>
<p style="margin:0 0 16px;color:#555555;font-size:14px;">{{date}}</p>
{{#headline}}
<h2 style="font-size:20px;line-height:1.3;margin:0 0 12px;">{{headline}}</h2>
{{/headline}}
{{#intro}}
<p style="margin:0 0 20px;">{{intro}}</p>
{{/intro}}
{{#sections}}
{{#name}}
<h3 style="font-size:18px;line-height:1.3;margin:24px 0 8px;">{{name}}</h3>
{{/name}}
<ol style="margin:0;padding:0 0 0 24px;"{{#name}} start="{{start}}"{{/name}}>
{{#items}}
<li style="margin:0 0 16px;"><a href="{{url}}" style="color:#0b57d0;font-weight:bold;">{{title}}</a>{{#blurb}}<br>{{blurb}}{{/blurb}}</li>
{{/items}}
</ol>
{{/sections}}
</div>
</body>
</html>
`;

/** The built-ins in the order Settings lists them, Kubelist first: the default. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { id: 'kubelist', kind: 'markdown', body: KUBELIST },
  { id: 'sectioned-weekly', kind: 'markdown', body: SECTIONED_WEEKLY },
  { id: 'plain-digest', kind: 'markdown', body: PLAIN_DIGEST },
  { id: 'html-email', kind: 'html', body: HTML_EMAIL },
];

/** The template the export uses until the curator picks another. */
export const DEFAULT_TEMPLATE_ID: BuiltinId = 'kubelist';

export const builtinTemplate = (id: string): BuiltinTemplate | undefined => BUILTIN_TEMPLATES.find((each) => each.id === id);

/** The chosen template: a built-in, one of the curator's, or Kubelist's when the id names neither. */
export function chosenTemplate(id: string, own: readonly Template[]): BuiltinTemplate | Template {
  return builtinTemplate(id) ?? own.find((each) => each.id === id) ?? builtinTemplate(DEFAULT_TEMPLATE_ID)!;
}

export const isBuiltin = (template: BuiltinTemplate | Template): template is BuiltinTemplate => !('name' in template);
