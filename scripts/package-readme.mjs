// The README packaged into the .vsix, written for people who install the extension: the extension's
// details page in VS Code shows it.
//
//   node scripts/package-readme.mjs [out]    writes the page (default dist/README.md)
//   node scripts/package-readme.mjs --write  refreshes the generated tables in docs/marketplace/README.md
//   node scripts/package-readme.mjs --check  exits 1 when those tables differ from package.json
//
// The page is docs/marketplace/README.md with
// - the commands-and-keys and settings tables generated from package.json's `contributes`;
// - its images inlined as data: URLs. The details page is a webview whose Content Security Policy
//   allows images only from https: and data:, and the package has no repository to link them to, so
//   relative image paths would show as broken images there;
// - the format reference (docs/format.md) appended, its headings one level down, and links to it
//   turned into links within the page (the page cannot open other files of the package).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const source = join(root, 'docs', 'marketplace', 'README.md');
const reference = join(root, 'docs', 'format.md');
const REFERENCE_ANCHOR = 'format-reference';
/** The whole .vsix must stay under 1 MiB; the page's images are most of what the README adds. */
const PAGE_BUDGET = 600 * 1024;

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** package.json's `%key%` texts, as VS Code shows them (package.nls.json). */
const messages = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function localized(text) {
  return text.replace(/^%([^%]+)%$/, (whole, key) => {
    if (!(key in messages)) throw new Error(`package.json names %${key}%, which package.nls.json lacks`);
    return messages[key];
  });
}

/** "ctrl+shift+v" → "Ctrl+Shift+V", "cmd+k v" → "Cmd+K V". */
function keyLabel(key) {
  return key
    .split(' ')
    .map((chord) =>
      chord
        .split('+')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('+'),
    )
    .join(' ');
}

/** A Markdown table with its columns padded, as Prettier writes them. */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cells[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

const MENU_PLACES = {
  'editor/title': "the icon in the editor's title bar",
  'editor/context': "the editor's context menu",
  'explorer/context': "the Explorer's context menu on a case file",
  'editor/title/context': "the editor tab's context menu",
};

function commandsTable() {
  const { commands = [], keybindings = [], menus = {} } = manifest.contributes ?? {};
  const rows = commands.map((command) => {
    const title = localized(command.category ? `${command.category}: ${command.title}` : command.title);
    const keys = keybindings
      .filter((binding) => binding.command === command.command)
      .map((binding) =>
        binding.mac && binding.mac !== binding.key
          ? `${keyLabel(binding.key)} (macOS: ${keyLabel(binding.mac)})`
          : keyLabel(binding.key),
      );
    const places = Object.entries(menus)
      .filter(
        ([menu, items]) => menu in MENU_PLACES && items.some((item) => item.command === command.command),
      )
      .map(([menu]) => MENU_PLACES[menu]);
    return [title, keys.join(', '), places.join('; ')];
  });
  return table(['command', 'key', 'also'], rows);
}

function settingsTable() {
  const properties = manifest.contributes?.configuration?.properties ?? {};
  const rows = Object.entries(properties).map(([key, setting]) => {
    let meaning = localized(setting.markdownDescription ?? setting.description ?? '');
    if (Array.isArray(setting.enum) && Array.isArray(setting.enumDescriptions)) {
      const options = setting.enum.map(
        (value, i) => `\`${value}\`: ${lowerFirst(setting.enumDescriptions[i] ?? '').replace(/\.$/, '')}`,
      );
      meaning = `${meaning.replace(/\.$/, '')}: ${options.join('; ')}.`;
    }
    return [`\`${key}\``, `\`${JSON.stringify(setting.default)}\``.replace(/^`"(.*)"`$/, '`$1`'), meaning];
  });
  return table(['setting', 'default', 'what it does'], rows);
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
function fill(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${source} has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

const withTables = (text) => fill(fill(text, 'commands', commandsTable()), 'settings', settingsTable());

const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** `![alt](images/x.png)` → `![alt](data:image/png;base64,…)`, for every relative image. */
function inlineImages(text) {
  return text.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => {
    if (/^(?:[a-z]+:|#)/i.test(target)) return whole;
    const type = IMAGE_TYPES[extname(target).toLowerCase()];
    if (!type) throw new Error(`${target}: the details page shows PNG, JPEG or GIF images only`);
    const bytes = readFileSync(join(dirname(source), target));
    return `![${alt}](data:${type};base64,${bytes.toString('base64')})`;
  });
}

/** Links to the format reference become links within the page; any other relative link is an error. */
function pageLinks(text) {
  return text.replace(/(?<!!)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, label, target) => {
    if (/^(?:[a-z]+:|#)/i.test(target)) return whole;
    const [file, fragment] = target.split('#');
    if (resolve(dirname(source), file) !== reference)
      throw new Error(
        `${target}: the details page cannot open files of the package; link to https: or within the page`,
      );
    return `[${label}](#${fragment ?? REFERENCE_ANCHOR})`;
  });
}

/** docs/format.md as the page's last section: headings one level down (outside code), its title replaced. */
function referenceSection() {
  const lines = readFileSync(reference, 'utf8').split('\n');
  let fence = null;
  let titled = false;
  const out = lines.map((line) => {
    const marker = /^(`{3,}|~{3,})/.exec(line);
    if (marker) {
      if (fence === null) fence = marker[1];
      else if (line.startsWith(fence)) fence = null;
      return line;
    }
    if (fence !== null || !/^#{1,5} /.test(line)) return line;
    if (!titled && line.startsWith('# ')) {
      titled = true;
      return '## Format reference';
    }
    return `#${line}`;
  });
  if (!titled) throw new Error(`${reference} has no title`);
  return pageLinks(out.join('\n'));
}

const args = process.argv.slice(2);
if (args.includes('--check')) {
  if (withTables(readFileSync(source, 'utf8')) !== readFileSync(source, 'utf8')) {
    console.error(
      `${source}: its tables differ from package.json; run node scripts/package-readme.mjs --write`,
    );
    process.exit(1);
  }
} else if (args.includes('--write')) {
  writeFileSync(source, withTables(readFileSync(source, 'utf8')));
  console.log(`${source}: tables refreshed from package.json`);
} else {
  const out = resolve(root, args[0] ?? join('dist', 'README.md'));
  const page = `${inlineImages(pageLinks(withTables(readFileSync(source, 'utf8')))).trimEnd()}\n\n---\n\n${referenceSection().trimEnd()}\n`;
  if (page.length > PAGE_BUDGET)
    throw new Error(
      `the packaged README is ${page.length} bytes, over its budget of ${PAGE_BUDGET}: use smaller images`,
    );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, page);
  console.log(`${out}: ${(page.length / 1024).toFixed(0)} KiB`);
}
