import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildConfigs, NAMESPACE, type SafeErrorsConfigs } from './configs';
import { rules } from './rules';

interface PackageJson {
  name: string;
  version: string;
}

// Read at load time so `meta.version` always matches the published package.
const packageJson = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as PackageJson;

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: NAMESPACE },
  rules,
  configs: {} as SafeErrorsConfigs,
};

Object.assign(plugin.configs, buildConfigs(plugin, rules));

export = plugin;
