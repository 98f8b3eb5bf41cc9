import { describe, expect, it } from 'vitest';
import { isLetterheadField, removeChrome } from '../src/clean/chrome.js';
import { normalizeCharacters } from '../src/clean/normalize.js';
import { loadRules } from '../src/rules/load.js';

const BODY = 'The Korea Communications Commission (KCC) opened a center for app market complaints on November 2.\n';

/** Header title and date as read from the input, and the body left after the chrome. */
function dechrome(input: string): { title: string | null; date: string | null; body: string } {
  const normalized = normalizeCharacters(input);
  const { header, body } = removeChrome(normalized, loadRules());
  const inInput = (range: { start: number; end: number } | null): string | null => {
    if (!range) return null;
    const { start, end } = normalized.toInput(range.start, range.end);
    return input.slice(start, end);
  };
  return { title: inInput(header.title), date: inInput(header.date), body: body.text };
}

describe('removeChrome: page header layouts', () => {
  it.each([
    ['inline', `Title KCC opens a complaints center\nDate 2023-01-02 Read 12\n${BODY}`],
    ['inline with colons', `Title: KCC opens a complaints center\nDate: 2023-01-02\n${BODY}`],
    ['inline with the read count on its own lines', `Title KCC opens a complaints center\nDate 2023-01-02\nRead\n12\n${BODY}`],
    ['inline with the read count on a line of its own', `Title   KCC opens a complaints center\nDate    2023-01-02\nRead    1,875\n${BODY}`],
    ['inline with a colon before the read count on a line of its own', `Title: KCC opens a complaints center\nDate: 2023-01-02\nRead: 12\n${BODY}`],
    ['pipe table with the read count in a row of its own', `| Title | KCC opens a complaints center |\n|---|---|\n| Date | 2023-01-02 |\n| Read | 7 |\n${BODY}`],
    ['stacked', `Title\nKCC opens a complaints center\nDate\n2023-01-02\nRead\n12\n${BODY}`],
    ['stacked with blank lines and a grouped read count', `Title\n\nKCC opens a complaints center\n\nDate\n\n2023-01-02\n\nRead\n\n1,875\n${BODY}`],
    ['pipe table', `Title | KCC opens a complaints center | ||\n---|---|---|---|\nDate | 2023-01-02 | Read | 7 |\n${BODY}`],
    ['pipe table with a leading bar', `| Title | KCC opens a complaints center |\n|---|---|\n| Date | 2023-01-02 | Read | 7 |\n${BODY}`],
    ['CRLF line ends', `Title KCC opens a complaints center\r\nDate 2023-01-02 Read 12\r\n${BODY}`],
    ['other labels of the date and the count', `Title KCC opens a complaints center\nPosted 2023-01-02 Hits 12\n${BODY}`],
    ['Korean labels, stacked', `Title\nKCC opens a complaints center\n작성일\n2023-01-02\n조회수\n12\n${BODY}`],
    ['a registration date and views on a line of their own', `Title: KCC opens a complaints center\nRegistration date: 2023-01-02\nViews: 12\n${BODY}`],
  ])('%s', (_, input) => {
    expect(dechrome(input)).toEqual({ title: 'KCC opens a complaints center', date: '2023-01-02', body: BODY });
  });

  it.each([
    ['dotted', 'Date 2023. 6. 9.', '2023. 6. 9.'],
    ['dotted without spaces', 'Date 2023.06.09', '2023.06.09'],
    ['slashed', 'Date 2023/06/09 Read 1,204', '2023/06/09'],
  ])('a %s Date line', (_, line, date) => {
    expect(dechrome(`Title KCC opens a complaints center\n${line}\n${BODY}`).date).toBe(date);
  });

  it.each([
    ['a headline', 'KCC, 2024 Work Plan Announced\nDate 2024-01-25 Read 1024\n', 'KCC, 2024 Work Plan Announced'],
    ['navigation', 'Press Releases\nDate 2024-01-25 Read 1024\n', null],
    ['a sentence', 'The KCC announced its plan.\nDate 2024-01-25 Read 1024\n', null],
  ])('a Date line without a Title line: the line before it is the title when it is %s', (_, header, title) => {
    expect(dechrome(`${header}${BODY}`)).toMatchObject({ title, date: '2024-01-25' });
  });

  it('header offsets point into the input, past CRLF and NBSP', () => {
    const input = 'Home > News\r\nTitle\u00A0KCC opens a center\r\nDate 2023-01-02 Read 12\r\nThe KCC opened it.\r\n';
    const normalized = normalizeCharacters(input);
    const { header } = removeChrome(normalized, loadRules());
    const title = normalized.toInput(header.title!.start, header.title!.end);
    const date = normalized.toInput(header.date!.start, header.date!.end);
    expect(title).toEqual({ start: 19, end: 37 });
    expect(input.slice(title.start, title.end)).toBe('KCC opens a center');
    expect(date).toEqual({ start: 44, end: 54 });
    expect(input.slice(date.start, date.end)).toBe('2023-01-02');
  });
});

describe('removeChrome: the front matter of a Markdown file', () => {
  it('its title and date are the header, its lines chrome', () => {
    const input = `---\ntitle: "KCC opens a complaints center"\ndate: 2023-01-02\nsection: What's New > News & Notice\n---\n\n# KCC opens a complaints center\n\n${BODY}`;
    expect(dechrome(input)).toEqual({ title: 'KCC opens a complaints center', date: '2023-01-02', body: `\n# KCC opens a complaints center\n\n${BODY}` });
  });

  it('a rule line that closes nothing is no front matter', () => {
    const input = `---\n${BODY}`;
    expect(dechrome(input)).toEqual({ title: null, date: null, body: input });
  });
});

describe('removeChrome: navigation before the header', () => {
  it.each([
    ['English site menu', 'National Symbols of the Republic of Korea\nLanguage\nAbout KCC\nOverview\nWhat’s New\nPress Releases\n'],
    ['breadcrumb', 'Home  >  What’s New  >  News & Notice\n'],
    ['breadcrumb with arrows', 'Home › What’s New › News & Notice\n'],
    ['breadcrumb of Markdown links', '[Home](/eng/main.do) › [What\'s New](/eng/sub.do) › News & Notice\n'],
    ['breadcrumb of the site\'s sections only, quoted', '> What\'s New › News & Notice\n'],
    ['the letterhead\'s words beside their Korean', '보도자료 PRESS RELEASE\n방송통신위원회 Korea Communications Commission\n'],
    ['Korean menu lines', '한국어\n선택됨\n전체메뉴 닫기\n게시판 보기\n'],
    ['mixed lines and an unknown line', ' \n   National Symbols of the Republic of Korea\nEnglish (영어)\nNews & Notice 소식\nBrowse latest news and updates from KCC\n'],
  ])('%s', (_, navigation) => {
    const input = `${navigation}Title KCC opens a complaints center\nDate 2023-01-02 Read 12\n${BODY}`;
    expect(dechrome(input)).toEqual({ title: 'KCC opens a complaints center', date: '2023-01-02', body: BODY });
  });

  it('navigation without a header: the known navigation lines go, the release stays', () => {
    const input = `About KCC\n  • Press Releases >\nHome > What’s New\n게시판 보기\nKCC opens a complaints center\n${BODY}`;
    expect(dechrome(input)).toEqual({ title: null, date: null, body: `KCC opens a complaints center\n${BODY}` });
  });

  it.each([
    ['sections that are no chrome', 'Policy › Broadcasting › Licences\n'],
    ['a Korean line with a day: a letterhead\'s date line', '보도 일시: 2024. 5. 24.(금) 16:00\n'],
  ])('a leading line stays: %s', (_, line) => {
    const input = `${line}KCC opens a complaints center\n${BODY}`;
    expect(dechrome(input).body).toBe(input);
  });

  it('the letterhead of a release converted from a Word file is chrome', () => {
    const input = `Press Release\nFor immediate release\nKorea Communications Commission\n\nKCC opens a complaints center\n${BODY}`;
    expect(dechrome(input)).toEqual({ title: null, date: null, body: `KCC opens a complaints center\n${BODY}` });
  });

  it.each([
    ['tabs', 'Korea Communications Commission\t\tFor immediate release'],
    ['spaces', 'Press Release      Embargo: For release upon delivery'],
    ['a table\'s bars', '| Press Release | Korea Communications Commission |'],
    ['bars, one cell naming the issuing division', 'Korea Communications Commission | Press Release | Broadcasting Infrastructure Division'],
  ])('a letterhead laid out in cells separated by %s is chrome', (_, letterhead) => {
    const input = `${letterhead}\n\nKCC opens a complaints center\n${BODY}`;
    expect(dechrome(input).body).toBe(`KCC opens a complaints center\n${BODY}`);
  });

  it.each([
    ['a tab', 'Korea Communications Commission\t\tKCC opens a complaints center'],
    ['a table\'s bar', '| Korea Communications Commission | KCC opens a complaints center |'],
    ['bars, two cells of text', '| KCC opens a complaints center | Press Release | Seoul Digital Hub |'],
  ])('a line of cells parted by %s is chrome only when every cell is, or all but one of three or more', (_, line) => {
    const input = `${line}\n${BODY}`;
    expect(dechrome(input).body).toBe(input.replace('\t\t', '    '));
  });

  it.each([
    ['an embargo note', 'Embargo: For release upon delivery'],
    ['an embargo in capitals', 'EMBARGOED UNTIL DELIVERY'],
    ['a hold note', 'Hold for release until further notice'],
    ['the division in charge', 'Division in charge: Terrestrial Broadcasting Policy Division'],
  ])('%s in the letterhead is chrome', (_, note) => {
    const input = `Press Release\n${note}\n\nKCC opens a complaints center\n${BODY}`;
    expect(dechrome(input).body).toBe(`KCC opens a complaints center\n${BODY}`);
  });

  it('an embargo note with a day in it stays: it may date the release', () => {
    const input = `Embargo: 12:00, November 2, 2023\nKCC opens a complaints center\n${BODY}`;
    expect(dechrome(input).body).toBe(input);
  });

  it('navigation lines after the first release line stay (only leading ones are chrome)', () => {
    const input = `KCC opens a complaints center\nPress Releases\n${BODY}`;
    expect(dechrome(input).body).toBe(input);
  });

  it('a body with no chrome at all is kept whole', () => {
    expect(dechrome(BODY)).toEqual({ title: null, date: null, body: BODY });
  });
});

describe('removeChrome: footer', () => {
  const header = 'Title KCC opens a complaints center\nDate 2023-01-02 Read 12\n';
  it.each([
    ['an attachment line', 'File (center_plan.hwp)\n'],
    ['attachment lines with sizes', 'Attachments: 2\nFile (1) center_plan.pdf 120KB\n'],
    ['Prev and Next with neighbour titles and dates', 'Prev\nKCC announces the business plan for 2024\n2024-01-25\nNext\nSpam reporting rose in the second half of 2023\n2024-02-02\nList\n'],
    ['Previous post and Next post with bars', 'Previous post | KCC announces the business plan\nNext post | Spam reporting rose\n'],
    ['List alone', 'List\n'],
    ['Korean neighbours and list', '이전글 | 2024년 업무계획\n다음글 | 스팸 신고\n목록\n'],
    ['Prev and Next with their titles after a space', 'Prev KCC announces the business plan for 2024\nNext Spam reporting rose\n'],
    ['Korean neighbours with their titles after a space', '이전글 2024년 업무계획\n다음글 스팸 신고\n'],
    ['a copyright line', 'ⓒ Korea Communications Commission. All rights reserved.\n'],
    ['an attachment line with its file type in brackets', 'Attachment [PDF] center_plan.pdf\n'],
    ['an attachment line with the file name after a space', 'Attachments center_plan.hwpx (120 KB)\n'],
  ])('%s', (_, footer) => {
    expect(dechrome(`${header}${BODY}${footer}`)).toEqual({ title: 'KCC opens a complaints center', date: '2023-01-02', body: BODY });
  });

  it.each([
    ['an attachment line under the Date line', 'Attachment [PDF] center_plan.pdf\n'],
    ['attachment lines and a blank line', 'Attachments: 2\n\nFile (1) center_plan.pdf 120KB\n'],
  ])('%s is the page\'s, not the start of a footer', (_, attachments) => {
    expect(dechrome(`${header}${attachments}${BODY}`)).toEqual({ title: 'KCC opens a complaints center', date: '2023-01-02', body: BODY });
  });

  it('a footer is cut also when the page has no header', () => {
    expect(dechrome(`${BODY}File (center_plan.hwp)\nList\n`).body).toBe(BODY);
  });
});

describe('removeChrome: prose that merely looks like chrome survives', () => {
  it.each([
    ['a sentence starting with "Next,"', 'Next, the KCC will review the rules on app market refunds.\n'],
    ['a sentence starting with "Previously"', 'Previously, users had to call each app market.\n'],
    ['a sentence starting with "Next year"', 'Next year the KCC will review the rules on app market refunds.\n'],
    ['a sentence starting with "Previous"', 'Previous surveys found the same share of complaints.\n'],
    ['a sentence starting with "Files"', 'Files submitted by the carriers will be reviewed.\n'],
    ['a sentence starting with "Attachments"', 'Attachments to the plan list the 12 resellers.\n'],
    ['a sentence starting with "Files" that names a file', 'Files such as plan.pdf and rules.hwp are posted on the website.\n'],
    ['a sentence starting with "List"', 'List prices of handsets were also checked.\n'],
    ['a sentence starting with "Title"', 'Title holders must register their channels by May 31.\n'],
    ['a sentence starting with "Date"', 'Date and place of the hearing will be announced.\n'],
  ])('%s, after a header', (_, prose) => {
    const input = `Title KCC opens a complaints center\nDate 2023-01-02 Read 12\n${BODY}${prose}The end.\n`;
    expect(dechrome(input).body).toBe(`${BODY}${prose}The end.\n`);
  });

  it.each([
    ['Next,', 'Next, the KCC will review the rules on app market refunds.\n'],
    ['Title', 'Title holders must register their channels by May 31.\n'],
    ['Title:', 'Title: a guide for channel holders is attached below.\n'],
  ])('a body line starting with %j, in a page without a header', (_, prose) => {
    const input = `KCC opens a complaints center\n${BODY}${prose}The end.\n`;
    expect(dechrome(input)).toEqual({ title: null, date: null, body: input });
  });
});

describe('removeChrome: long lines stay fast', () => {
  it.each([
    ['a footer line of file names with open brackets', `Files ${'x.pdf ('.repeat(15_000)}`],
    ['a footer line of dots', `Attachments ${'.'.repeat(100_000)}`],
  ])('%s', (_, line) => {
    const started = performance.now();
    dechrome(`Title KCC opens a complaints center\nDate 2023-01-02\n${BODY}${line}\n`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('isLetterheadField: lines of a letterhead\'s fields, which no headline is', () => {
  const rules = loadRules();
  it.each([
    ['a labelled contact', 'Contact: Disaster Broadcasting Team, Broadcasting Policy Bureau'],
    ['a label in emphasis', '**Category:** News & Notice'],
    ['a label in a later cell', 'Embargo: upon distribution   Division: Media Policy Division'],
    ['a Korean label', '담당 부서: 시청자권익증진과'],
    ['a row of a table of two cells or more', '| Organization | Division | Contact | Phone |'],
    ['a row with empty cells', '| | | Deputy Director | Choi Yu-na |'],
    ['a table\'s rule', '|---|---|---|'],
    ['a telephone number', 'Team Leader Choi Ji-young (+82-2-2110-1440)'],
    ['a telephone number with spaces', 'Director Kang Min-gyu, +82 2 2110 1530'],
    ['a telephone number of a region', 'KISA Spam Response Team, Team Leader Lee Da-eun (061-820-1845)'],
  ])('%s', (_, line) => {
    expect(isLetterheadField(line, rules)).toBe(true);
  });

  it.each([
    ['a headline', 'KCC fines three carriers 2.84 billion won'],
    ['a headline in a table of one cell', '| KCC fines three carriers |'],
    ['a headline with a colon', 'Online safety: KCC meets Ofcom'],
    ['a headline with figures', 'Spam reports up 52% to 12.3 million in 2024'],
    ['a dated headline', 'KCC to hold a forum on 2024. 6. 9.'],
  ])('not: %s', (_, line) => {
    expect(isLetterheadField(line, rules)).toBe(false);
  });
});
