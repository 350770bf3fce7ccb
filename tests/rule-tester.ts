import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

/** TypeScript syntax through @typescript-eslint/parser, without type information. */
export function createRuleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } } });
}

/** Plain JavaScript through ESLint's default parser (espree). */
export function createJavaScriptRuleTester(): RuleTester {
  return new RuleTester({
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- espree is ESLint's own parser
    languageOptions: { parser: require('espree'), ecmaVersion: 'latest', sourceType: 'module' },
  });
}

/** With type information from the TypeScript project service. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts*'] },
        tsconfigRootDir: path.join(__dirname, 'fixtures'),
      },
    },
  });
}
