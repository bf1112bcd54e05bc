import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import {
  App,
  type FunctionProps,
  getStack,
  Function as SstFunction,
  StaticSite,
  type StaticSiteProps,
} from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { Alarms } from "../../infra/alarms";
import { ApiHandler } from "../../infra/api";
import { Dispatch } from "../../infra/dispatch";
import { ApiGateway } from "../../infra/gateway";
import { Mail } from "../../infra/mail";
import { MailEvents } from "../../infra/mail-events";
import { Storage } from "../../infra/storage";
import { Web } from "../../infra/web";
import config from "../../sst.config";

const stackFns = { Storage, ApiGateway, Web, Mail, ApiHandler, Dispatch, MailEvents, Alarms };
export type StackName = keyof typeof stackFns;

export interface Synthesis {
  templates: Record<StackName, Template>;
  /** The site's props as infra/web.ts set them, before the test swapped the build out. */
  siteProps: StaticSiteProps;
  /** Absolute path of each function's bundled entry file, by handler. */
  bundles: Record<string, string>;
  /** Removes everything this synthesis wrote. */
  cleanup(): void;
}

/** Synthesizes the whole app for `stage` the way `sst deploy` does, but offline: no AWS
 * account lookup, no web build, and every artifact in a temporary directory. */
export async function synthesize(
  stage: string,
  env: Record<string, string> = {},
): Promise<Synthesis> {
  const tmp = mkdtempSync(path.join(tmpdir(), `rapport-infra-${stage}-`));
  const restoreEnv = setEnv({
    SST_TELEMETRY_DISABLED: "1",
    // SST skips its AWS bootstrap lookup only under NODE_ENV=test.
    NODE_ENV: "test",
    // initProject sets it; saving it here restores it afterwards.
    SST_STAGE: undefined,
    // SST runs `npm install` (of nothing) in each function's artifact directory.
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    MAIL_FROM: undefined,
    MAIL_IDENTITY: undefined,
    APP_URL: undefined,
    ALARM_EMAIL: undefined,
    ...env,
  });
  try {
    await initProject({ stage });
    // Keeps the builds of test files running in parallel apart.
    const paths = useProject().paths;
    paths.out = tmp;
    paths.artifacts = path.join(tmp, "artifacts");
    const { name, region } = await config.config();
    const app = new App(
      { mode: "deploy", stage, name, region, account: "123456789012" },
      { outdir: path.join(tmp, "cdk.out") },
    );
    await config.stacks(app);
    const siteProps = replaceSiteBuild(app, tmp);
    await app.finish();
    const templates = Object.fromEntries(
      Object.entries(stackFns).map(([id, fn]) => [
        id,
        Template.fromStack(getStack(fn as Parameters<typeof getStack>[0])),
      ]),
    ) as Record<StackName, Template>;
    return {
      templates,
      siteProps,
      bundles: bundlePaths(app, paths.artifacts),
      cleanup: () => rmSync(tmp, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  } finally {
    restoreEnv();
  }
}

/** The web app is built by its own suite; here a one-file build stands in for it. */
function replaceSiteBuild(app: App, tmp: string): StaticSiteProps {
  const sites = app.node.findAll().filter((c): c is StaticSite => c instanceof StaticSite);
  if (sites.length !== 1) throw new Error(`expected one StaticSite, found ${sites.length}`);
  const internal = sites[0] as unknown as { props: StaticSiteProps };
  const original = { ...internal.props };
  const dist = path.join(tmp, "web-dist");
  mkdirSync(dist);
  writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Rapport</title>");
  internal.props.buildCommand = undefined;
  // StaticSite joins this onto its `path`, so it must be relative.
  internal.props.buildOutput = path.relative(original.path ?? ".", dist);
  return original;
}

function bundlePaths(app: App, artifacts: string): Record<string, string> {
  const bundles: Record<string, string> = {};
  for (const fn of app.node.findAll()) {
    if (!(fn instanceof SstFunction)) continue;
    const handler = (fn as unknown as { props: FunctionProps }).props.handler ?? "";
    const file = `${handler.slice(0, handler.lastIndexOf("."))}.mjs`;
    bundles[handler] = path.join(artifacts, fn.node.addr, file);
  }
  return bundles;
}

function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  const apply = (entries: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(values);
  return () => apply(saved);
}
