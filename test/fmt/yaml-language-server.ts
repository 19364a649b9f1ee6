// The real yaml-language-server (the server behind VS Code's YAML extension), driven over stdio
// with LSP JSON-RPC: what an editor shows when a person hovers over a key of a catalogue file.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve("yaml-language-server/package.json")), "bin", "yaml-language-server");

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private version = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();

  constructor(root: string) {
    this.child = spawn(process.execPath, [SERVER, "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString("ascii"))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method !== undefined && message.id !== undefined) {
        // A request from the server: settings asked for get the editor's defaults (hover on).
        const items = (message.params as { items?: unknown[] } | undefined)?.items ?? [];
        const result =
          message.method === "workspace/configuration" ? items.map(() => ({ hover: true, validate: true, completion: true })) : null;
        this.send({ id: message.id, result });
      } else if (message.id !== undefined) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    }
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method}`)), 20_000);
      this.waiting.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(root: string): Promise<void> {
    await this.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { textDocument: { hover: { contentFormat: ["markdown", "plaintext"] } }, workspace: { configuration: true } },
    });
    this.notify("initialized", {});
    this.notify("workspace/didChangeConfiguration", { settings: { yaml: { hover: true, validate: true, completion: true } } });
  }

  /** The hover text over the first `key:` of the file, as the editor would show it. */
  async hover(file: string, key: string): Promise<string> {
    const text = readFileSync(file, "utf8");
    const uri = pathToFileURL(file).href;
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: this.version++, text } });
    const lines = text.split("\n");
    const line = lines.findIndex((l) => new RegExp(`^\\s*(- )?${key}:`).test(l));
    const character = lines[line]!.indexOf(key) + 1;
    const answer = await this.request("textDocument/hover", { textDocument: { uri }, position: { line, character } });
    this.notify("textDocument/didClose", { textDocument: { uri } });
    const contents = (answer.result as { contents?: { value?: string } | string } | null)?.contents;
    return typeof contents === "string" ? contents : (contents?.value ?? "");
  }

  async close(): Promise<void> {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.child.kill();
  }
}
