import { describe, expect, it } from 'vitest';
import { ParserPool, parseTask, type Endpoint, type OutcomeMessage, type ParseTask, type TaskMessage } from '../src/cli/parsers.js';

const task = (path: string, rendering: ParseTask['rendering'] = { format: 'ndjson', count: 1 }): ParseTask => ({
  bytes: new TextEncoder().encode(`Title ${path}\n\nThe KCC met on Friday.\n`),
  path,
  referenceDate: '2024-01-01',
  ruleFiles: [],
  rendering,
});

/** An endpoint run by the test: it records what it is sent and answers or dies when told. */
class FakeEndpoint implements Endpoint {
  readonly received: TaskMessage[] = [];
  private answer: (message: OutcomeMessage) => void = () => undefined;
  private fail: (error: Error) => void = () => undefined;
  post(message: TaskMessage): void {
    this.received.push(message);
  }
  onMessage(listener: (message: OutcomeMessage) => void): void {
    this.answer = listener;
  }
  onFailure(listener: (error: Error) => void): void {
    this.fail = listener;
  }
  async close(): Promise<void> {}
  answerAll(): void {
    for (const { id, task: { path } } of this.received.splice(0)) this.answer({ id, outcome: { ok: false, problem: `parsed ${path}` } });
  }
  die(): void {
    this.fail(new Error('parse process ended (SIGKILL)'));
  }
}

function pool(size: number): { pool: ParserPool; endpoints: FakeEndpoint[] } {
  const endpoints: FakeEndpoint[] = [];
  return { pool: new ParserPool(size, () => endpoints[endpoints.push(new FakeEndpoint()) - 1]!), endpoints };
}

describe('ParserPool', () => {
  it('gives each task to the least busy endpoint and each outcome to the task it answers', async () => {
    const { pool: parsers, endpoints } = pool(2);
    const outcomes = ['a', 'b', 'c'].map((path) => parsers.parse(task(path)));
    expect(endpoints.map((endpoint) => endpoint.received.map((message) => message.task.path))).toEqual([['a', 'c'], ['b']]);
    endpoints[1]!.answerAll();
    endpoints[0]!.answerAll();
    expect(await Promise.all(outcomes)).toEqual(['a', 'b', 'c'].map((path) => ({ ok: false, problem: `parsed ${path}` })));
  });

  it('fails only the tasks of an endpoint that dies, and gives it no more', async () => {
    const { pool: parsers, endpoints } = pool(2);
    const [a, b] = [parsers.parse(task('a')), parsers.parse(task('b'))];
    endpoints[0]!.die();
    await expect(a).rejects.toThrow('parse process ended');
    const c = parsers.parse(task('c'));
    expect(endpoints[1]!.received.map((message) => message.task.path)).toEqual(['b', 'c']);
    endpoints[1]!.answerAll();
    expect(await Promise.all([b, c])).toEqual([{ ok: false, problem: 'parsed b' }, { ok: false, problem: 'parsed c' }]);
  });

  it('refuses at once when every endpoint has died, rather than wait for ever', async () => {
    const { pool: parsers, endpoints } = pool(1);
    endpoints[0]!.die();
    await expect(parsers.parse(task('a'))).rejects.toThrow('parse process ended');
  });
});

describe('parseTask', () => {
  it('parses the bytes of a task into the record as the batch writes it, with its warnings', () => {
    const outcome = parseTask(task('release.txt'));
    expect(outcome.ok && JSON.parse(outcome.rendered).source.path).toBe('release.txt');
    expect(outcome.ok && outcome.warnings).toEqual(outcome.ok && JSON.parse(outcome.rendered).warnings);
  });

  it.each([
    ['yaml, one record alone', { format: 'yaml', count: 1 }, /^schema: kcc-parse\/record@1\n/],
    ['yaml, one of a stream', { format: 'yaml', count: 2 }, /^---\nschema: /],
    ['json, one of a stream: indented for the array', { format: 'json', count: 2 }, /^ {2}\{\n {4}"schema"/],
    ['explain, no colour', { format: 'explain', color: 0 }, /^file {2,}release\.txt \(utf-8, \d+ bytes\)\n/],
  ] as const)('renders %s', (_name, rendering, expected) => {
    const outcome = parseTask(task('release.txt', rendering));
    expect(outcome.ok && outcome.rendered).toMatch(expected);
  });

  it('turns an error of ours into one failed input', () => {
    const outcome = parseTask({ ...task('x.txt'), ruleFiles: ['/nonexistent/rules.yaml'] });
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/^internal error, record not emitted: /) });
  });
});
